package com.perflab.mall.admin.resource;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ResourceMapper {

    String FILTER = "<where>"
            + "<if test='categoryId != null'>AND category_id = #{categoryId}</if>"
            + "<if test='nameKeyword != null'>AND name LIKE CONCAT('%', #{nameKeyword}, '%')</if>"
            + "<if test='urlKeyword != null'>AND url LIKE CONCAT('%', #{urlKeyword}, '%')</if>"
            + "</where>";

    @Select("<script>SELECT COUNT(*) FROM ums_resource " + FILTER + "</script>")
    long count(@Param("categoryId") Long categoryId, @Param("nameKeyword") String nameKeyword,
               @Param("urlKeyword") String urlKeyword);

    @Select("<script>SELECT " + Resource.COLUMNS + " FROM ums_resource " + FILTER
            + " ORDER BY id LIMIT #{offset}, #{limit}</script>")
    List<Resource> page(@Param("categoryId") Long categoryId, @Param("nameKeyword") String nameKeyword,
                        @Param("urlKeyword") String urlKeyword, @Param("offset") long offset,
                        @Param("limit") int limit);

    @Select("SELECT " + Resource.COLUMNS + " FROM ums_resource ORDER BY category_id, id")
    List<Resource> findAll();

    @Select("SELECT " + Resource.COLUMNS + " FROM ums_resource WHERE id = #{id}")
    Resource findById(@Param("id") long id);

    @Insert("INSERT INTO ums_resource (create_time, name, url, description, category_id)"
            + " VALUES (#{time}, #{r.name}, #{r.url}, #{r.description}, #{r.categoryId})")
    void insert(@Param("r") ResourceRequest request, @Param("time") LocalDateTime time);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE ums_resource SET name = #{r.name}, url = #{r.url}, description = #{r.description},"
            + " category_id = #{r.categoryId} WHERE id = #{id}")
    int update(@Param("id") long id, @Param("r") ResourceRequest request);

    @Delete("DELETE FROM ums_resource WHERE id = #{id}")
    int delete(@Param("id") long id);

    @Delete("DELETE FROM ums_role_resource_relation WHERE resource_id = #{resourceId}")
    void deleteRoleRelations(@Param("resourceId") long resourceId);

    @Select("SELECT id, create_time, name, sort FROM ums_resource_category ORDER BY sort DESC, id")
    List<ResourceCategory> findCategories();

    @Select("SELECT id, create_time, name, sort FROM ums_resource_category WHERE id = #{id}")
    ResourceCategory findCategory(@Param("id") long id);

    @Insert("INSERT INTO ums_resource_category (create_time, name, sort) VALUES (#{time}, #{r.name}, #{r.sort})")
    void insertCategory(@Param("r") CategoryRequest request, @Param("time") LocalDateTime time);

    @Update("UPDATE ums_resource_category SET name = #{r.name}, sort = #{r.sort} WHERE id = #{id}")
    int updateCategory(@Param("id") long id, @Param("r") CategoryRequest request);

    @Select("SELECT COUNT(*) FROM ums_resource WHERE category_id = #{categoryId}")
    long countInCategory(@Param("categoryId") long categoryId);

    @Delete("DELETE FROM ums_resource_category WHERE id = #{id}")
    int deleteCategory(@Param("id") long id);
}
