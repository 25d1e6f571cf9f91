package com.perflab.mall.admin.brand;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface BrandMapper {

    String KEYWORD_FILTER = "<where><if test='keyword != null'>name LIKE CONCAT('%', #{keyword}, '%')</if></where>";

    @Select("<script>SELECT COUNT(*) FROM pms_brand " + KEYWORD_FILTER + "</script>")
    long count(@Param("keyword") String keyword);

    @Select("<script>SELECT " + Brand.COLUMNS + " FROM pms_brand " + KEYWORD_FILTER
            + " ORDER BY sort DESC, id LIMIT #{offset}, #{limit}</script>")
    List<Brand> page(@Param("keyword") String keyword, @Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT " + Brand.COLUMNS + " FROM pms_brand WHERE id = #{id}")
    Brand findById(@Param("id") long id);

    @Select("SELECT " + Brand.COLUMNS + " FROM pms_brand WHERE id = #{id} FOR UPDATE")
    Brand lock(@Param("id") long id);

    @Insert("INSERT INTO pms_brand (name, first_letter, sort, factory_status, show_status, logo, big_pic, brand_story)"
            + " VALUES (#{b.name}, #{b.firstLetter}, #{b.sort}, #{b.factoryStatus}, #{b.showStatus}, #{b.logo},"
            + " #{b.bigPic}, #{b.brandStory})")
    void insert(@Param("b") BrandRequest brand);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE pms_brand SET name = #{b.name}, first_letter = #{b.firstLetter}, sort = #{b.sort},"
            + " factory_status = #{b.factoryStatus}, show_status = #{b.showStatus}, logo = #{b.logo},"
            + " big_pic = #{b.bigPic}, brand_story = #{b.brandStory} WHERE id = #{id}")
    int update(@Param("id") long id, @Param("b") BrandRequest brand);

    @Delete("DELETE FROM pms_brand WHERE id = #{id}")
    int delete(@Param("id") long id);

    @Select("<script>SELECT COUNT(*) FROM pms_brand WHERE id IN"
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    int countIds(@Param("ids") List<Long> ids);

    @Update("<script>UPDATE pms_brand SET show_status = #{showStatus} WHERE id IN"
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    int updateShowStatus(@Param("ids") List<Long> ids, @Param("showStatus") int showStatus);

    /** Products still referencing the brand, deleted ones included (they keep the reference). */
    @Select("SELECT EXISTS (SELECT 1 FROM pms_product WHERE brand_id = #{id})")
    boolean hasProducts(@Param("id") long id);

    @Select("SELECT id FROM pms_product WHERE brand_id = #{id} AND delete_status = 0 FOR UPDATE")
    List<Long> lockLiveProducts(@Param("id") long id);

    /** Products keep a copy of their brand's name; a rename refreshes it. */
    @Update("UPDATE pms_product SET brand_name = #{name} WHERE brand_id = #{id}")
    int renameInProducts(@Param("id") long id, @Param("name") String name);
}
