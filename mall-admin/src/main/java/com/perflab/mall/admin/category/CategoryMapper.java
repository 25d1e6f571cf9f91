package com.perflab.mall.admin.category;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Categories. Lock order shared with the product service: category rows (several at once in id order), then
 * product rows; so a rename or delete never deadlocks with a product write that keeps the counts.
 */
@Mapper
interface CategoryMapper {

    String IDS = "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>";

    @Select("SELECT COUNT(*) FROM pms_product_category WHERE parent_id = #{parentId}")
    long countChildren(@Param("parentId") long parentId);

    @Select("SELECT " + ProductCategory.COLUMNS + " FROM pms_product_category WHERE parent_id = #{parentId}"
            + " ORDER BY sort DESC, id LIMIT #{offset}, #{limit}")
    List<ProductCategory> children(@Param("parentId") long parentId, @Param("offset") long offset,
                                   @Param("limit") int limit);

    /** The whole tree in one statement: two levels of a few hundred rows at most. */
    @Select("SELECT " + ProductCategory.COLUMNS + " FROM pms_product_category ORDER BY level, sort DESC, id")
    List<ProductCategory> all();

    @Select("SELECT " + ProductCategory.COLUMNS + " FROM pms_product_category WHERE id = #{id}")
    ProductCategory findById(@Param("id") long id);

    @Select("<script>SELECT " + ProductCategory.COLUMNS + " FROM pms_product_category WHERE id IN " + IDS
            + " ORDER BY id FOR UPDATE</script>")
    List<ProductCategory> lockAll(@Param("ids") List<Long> ids);

    @Select("SELECT id FROM pms_product_category WHERE parent_id = #{id} LIMIT 1 FOR UPDATE")
    Long lockAnyChild(@Param("id") long id);

    /** Products referencing the category, deleted ones included (they keep the reference). */
    @Select("SELECT id FROM pms_product WHERE product_category_id = #{id} LIMIT 1 FOR UPDATE")
    Long lockAnyProduct(@Param("id") long id);

    @Insert("INSERT INTO pms_product_category (parent_id, name, level, product_unit, nav_status, show_status, sort,"
            + " icon, keywords, description) VALUES (#{c.parentId}, #{c.name}, #{level}, #{c.productUnit},"
            + " #{c.navStatus}, #{c.showStatus}, #{c.sort}, #{c.icon}, #{c.keywords}, #{c.description})")
    void insert(@Param("c") CategoryRequest category, @Param("level") int level);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE pms_product_category SET parent_id = #{c.parentId}, name = #{c.name}, level = #{level},"
            + " product_unit = #{c.productUnit}, nav_status = #{c.navStatus}, show_status = #{c.showStatus},"
            + " sort = #{c.sort}, icon = #{c.icon}, keywords = #{c.keywords}, description = #{c.description}"
            + " WHERE id = #{id}")
    int update(@Param("id") long id, @Param("c") CategoryRequest category, @Param("level") int level);

    /** Relative, under the row lock: a top-level category counts the products of its children. */
    @Update("UPDATE pms_product_category SET product_count = GREATEST(product_count + #{delta}, 0) WHERE id = #{id}")
    int addProductCount(@Param("id") long id, @Param("delta") int delta);

    @Delete("DELETE FROM pms_product_category WHERE id = #{id}")
    int delete(@Param("id") long id);

    @Update("<script>UPDATE pms_product_category SET ${column} = #{value} WHERE id IN " + IDS + "</script>")
    int updateStatus(@Param("column") String column, @Param("ids") List<Long> ids, @Param("value") int value);

    // ---- products keep a copy of their category's name

    @Select("SELECT id FROM pms_product WHERE product_category_id = #{id} AND delete_status = 0 ORDER BY id FOR UPDATE")
    List<Long> lockLiveProducts(@Param("id") long id);

    @Update("UPDATE pms_product SET product_category_name = #{name} WHERE product_category_id = #{id}")
    int renameInProducts(@Param("id") long id, @Param("name") String name);

    // ---- filter attributes

    @Select("<script>SELECT id FROM pms_product_attribute WHERE id IN " + IDS + " LOCK IN SHARE MODE</script>")
    List<Long> existingAttributes(@Param("ids") List<Long> ids);

    @Delete("DELETE FROM pms_product_category_attribute_relation WHERE product_category_id = #{id}")
    void deleteAttributeRelations(@Param("id") long id);

    @Insert("<script>INSERT INTO pms_product_category_attribute_relation (product_category_id, product_attribute_id)"
            + " VALUES <foreach collection='ids' item='a' separator=','>(#{id}, #{a})</foreach></script>")
    void insertAttributeRelations(@Param("id") long id, @Param("ids") List<Long> attributeIds);
}
