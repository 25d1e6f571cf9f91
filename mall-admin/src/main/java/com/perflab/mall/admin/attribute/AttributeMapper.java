package com.perflab.mall.admin.attribute;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Product types and attributes. Lock order: product type rows (in id order), then attribute rows; every write
 * of an attribute locks its type first, so the type's counts are only ever changed under that lock.
 */
@Mapper
interface AttributeMapper {

    String IDS = "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>";

    // ---- product types

    @Select("SELECT COUNT(*) FROM pms_product_attribute_category")
    long countCategories();

    @Select("SELECT " + AttributeCategory.COLUMNS + " FROM pms_product_attribute_category ORDER BY id"
            + " LIMIT #{offset}, #{limit}")
    List<AttributeCategory> categoryPage(@Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT " + AttributeCategory.COLUMNS + " FROM pms_product_attribute_category ORDER BY id")
    List<AttributeCategory> allCategories();

    @Select("SELECT " + AttributeCategory.COLUMNS + " FROM pms_product_attribute_category WHERE id = #{id}")
    AttributeCategory findCategory(@Param("id") long id);

    @Select("<script>SELECT " + AttributeCategory.COLUMNS + " FROM pms_product_attribute_category WHERE id IN " + IDS
            + " ORDER BY id FOR UPDATE</script>")
    List<AttributeCategory> lockCategories(@Param("ids") List<Long> ids);

    @Insert("INSERT INTO pms_product_attribute_category (name) VALUES (#{name})")
    void insertCategory(@Param("name") String name);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE pms_product_attribute_category SET name = #{name} WHERE id = #{id}")
    int renameCategory(@Param("id") long id, @Param("name") String name);

    @Delete("DELETE FROM pms_product_attribute_category WHERE id = #{id}")
    int deleteCategory(@Param("id") long id);

    /** Relative, under the type's row lock, so concurrent writes never lose a count. */
    @Update("UPDATE pms_product_attribute_category SET"
            + " attribute_count = GREATEST(attribute_count + #{specs}, 0), param_count = GREATEST(param_count + #{params}, 0)"
            + " WHERE id = #{id}")
    int addCounts(@Param("id") long id, @Param("specs") int specs, @Param("params") int params);

    @Select("SELECT id FROM pms_product_attribute WHERE product_attribute_category_id = #{id} LIMIT 1 FOR UPDATE")
    Long lockAnyAttribute(@Param("id") long categoryId);

    @Select("SELECT id FROM pms_product WHERE product_attribute_category_id = #{id} LIMIT 1 FOR UPDATE")
    Long lockAnyProductOfCategory(@Param("id") long categoryId);

    // ---- attributes

    @Select("SELECT COUNT(*) FROM pms_product_attribute WHERE product_attribute_category_id = #{cid} AND type = #{type}")
    long countAttributes(@Param("cid") long categoryId, @Param("type") int type);

    @Select("SELECT " + Attribute.COLUMNS + " FROM pms_product_attribute WHERE product_attribute_category_id = #{cid}"
            + " AND type = #{type} ORDER BY sort DESC, id LIMIT #{offset}, #{limit}")
    List<Attribute> attributePage(@Param("cid") long categoryId, @Param("type") int type,
                                  @Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT " + Attribute.COLUMNS + " FROM pms_product_attribute WHERE type = #{type}"
            + " ORDER BY product_attribute_category_id, sort DESC, id")
    List<Attribute> allOfType(@Param("type") int type);

    @Select("SELECT " + Attribute.COLUMNS + " FROM pms_product_attribute WHERE id = #{id}")
    Attribute findAttribute(@Param("id") long id);

    @Select("<script>SELECT " + Attribute.COLUMNS + " FROM pms_product_attribute WHERE id IN " + IDS
            + " ORDER BY id</script>")
    List<Attribute> findAttributes(@Param("ids") List<Long> ids);

    @Select("<script>SELECT " + Attribute.COLUMNS + " FROM pms_product_attribute WHERE id IN " + IDS
            + " ORDER BY id FOR UPDATE</script>")
    List<Attribute> lockAttributes(@Param("ids") List<Long> ids);

    String ATTRIBUTE_VALUES = "#{a.productAttributeCategoryId}, #{a.name}, #{a.selectType}, #{a.inputType},"
            + " #{a.inputList}, #{a.sort}, #{a.filterType}, #{a.searchType}, #{a.relatedStatus}, #{a.handAddStatus},"
            + " #{a.type}";

    @Insert("INSERT INTO pms_product_attribute (product_attribute_category_id, name, select_type, input_type,"
            + " input_list, sort, filter_type, search_type, related_status, hand_add_status, type) VALUES ("
            + ATTRIBUTE_VALUES + ")")
    void insertAttribute(@Param("a") AttributeRequest attribute);

    @Update("UPDATE pms_product_attribute SET product_attribute_category_id = #{a.productAttributeCategoryId},"
            + " name = #{a.name}, select_type = #{a.selectType}, input_type = #{a.inputType},"
            + " input_list = #{a.inputList}, sort = #{a.sort}, filter_type = #{a.filterType},"
            + " search_type = #{a.searchType}, related_status = #{a.relatedStatus},"
            + " hand_add_status = #{a.handAddStatus}, type = #{a.type} WHERE id = #{id}")
    int updateAttribute(@Param("id") long id, @Param("a") AttributeRequest attribute);

    @Delete("<script>DELETE FROM pms_product_attribute WHERE id IN " + IDS + "</script>")
    int deleteAttributes(@Param("ids") List<Long> ids);

    /** Values products hold for the attributes, read under lock so no product adds one while they are deleted. */
    @Select("<script>SELECT product_attribute_id FROM pms_product_attribute_value"
            + " WHERE product_attribute_id IN " + IDS + " FOR UPDATE</script>")
    List<Long> lockUsedAttributes(@Param("ids") List<Long> ids);

    @Delete("<script>DELETE FROM pms_product_category_attribute_relation WHERE product_attribute_id IN " + IDS
            + "</script>")
    void deleteCategoryRelations(@Param("ids") List<Long> ids);

    // ---- what the change shows in: products of the types, and products holding values of the attributes

    @Select("<script>SELECT id FROM pms_product WHERE delete_status = 0 AND (product_attribute_category_id IN "
            + "<foreach collection='cids' item='c' open='(' separator=',' close=')'>#{c}</foreach>"
            + " OR id IN (SELECT product_id FROM pms_product_attribute_value WHERE product_attribute_id IN " + IDS
            + ")) ORDER BY id</script>")
    List<Long> affectedProducts(@Param("cids") List<Long> categoryIds, @Param("ids") List<Long> attributeIds);

    // ---- filter attributes of a product category

    @Select("SELECT EXISTS (SELECT 1 FROM pms_product_category WHERE id = #{id})")
    boolean productCategoryExists(@Param("id") long id);

    @Select("SELECT a.id AS attribute_id, a.product_attribute_category_id AS attribute_category_id"
            + " FROM pms_product_category_attribute_relation r JOIN pms_product_attribute a ON a.id = r.product_attribute_id"
            + " WHERE r.product_category_id = #{id} ORDER BY r.id")
    List<AttrInfo> attrInfo(@Param("id") long productCategoryId);
}
