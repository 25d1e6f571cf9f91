package com.perflab.mall.admin.menu;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface MenuMapper {

    @Select("SELECT " + Menu.COLUMNS + " FROM ums_menu ORDER BY level, sort DESC, id")
    List<Menu> findAll();

    @Select("SELECT " + Menu.COLUMNS + " FROM ums_menu WHERE id = #{id}")
    Menu findById(@Param("id") long id);

    @Select("SELECT COUNT(*) FROM ums_menu WHERE parent_id = #{parentId}")
    long countChildren(@Param("parentId") long parentId);

    @Select("SELECT " + Menu.COLUMNS + " FROM ums_menu WHERE parent_id = #{parentId}"
            + " ORDER BY sort DESC, id LIMIT #{offset}, #{limit}")
    List<Menu> pageChildren(@Param("parentId") long parentId, @Param("offset") long offset, @Param("limit") int limit);

    @Insert("INSERT INTO ums_menu (parent_id, create_time, title, level, sort, name, icon, hidden)"
            + " VALUES (#{r.parentId}, #{time}, #{r.title}, #{level}, #{r.sort}, #{r.name}, #{r.icon}, #{r.hidden})")
    void insert(@Param("r") MenuRequest request, @Param("level") int level, @Param("time") LocalDateTime time);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE ums_menu SET parent_id = #{r.parentId}, title = #{r.title}, level = #{level}, sort = #{r.sort},"
            + " name = #{r.name}, icon = #{r.icon}, hidden = #{r.hidden} WHERE id = #{id}")
    int update(@Param("id") long id, @Param("r") MenuRequest request, @Param("level") int level);

    @Update("UPDATE ums_menu SET hidden = #{hidden} WHERE id = #{id}")
    int updateHidden(@Param("id") long id, @Param("hidden") int hidden);

    @Delete("DELETE FROM ums_menu WHERE id = #{id}")
    int delete(@Param("id") long id);

    @Delete("DELETE FROM ums_role_menu_relation WHERE menu_id = #{menuId}")
    void deleteRoleRelations(@Param("menuId") long menuId);
}
