package com.perflab.mall.admin.product;

import com.perflab.mall.admin.product.ProductDetail.AttributeValueRow;
import com.perflab.mall.admin.product.ProductDetail.FullReductionRow;
import com.perflab.mall.admin.product.ProductDetail.LadderRow;
import com.perflab.mall.admin.product.ProductDetail.MemberPriceRow;
import com.perflab.mall.admin.product.ProductDetail.SkuRow;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Products and their blocks. SKUs are only ever updated in place, by id and product id; {@code lock_stock}
 * (held by unpaid orders) is read here but never written.
 */
@Mapper
interface ProductMapper {

    String IDS = "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>";

    String LIST_FILTER = "<where> delete_status = 0"
            + "<if test='f.keyword != null'> AND name LIKE CONCAT('%', #{f.keyword}, '%')</if>"
            + "<if test='f.brandId != null'> AND brand_id = #{f.brandId}</if>"
            + "<if test='f.productCategoryId != null'> AND product_category_id = #{f.productCategoryId}</if>"
            + "<if test='f.publishStatus != null'> AND publish_status = #{f.publishStatus}</if>"
            + "<if test='f.verifyStatus != null'> AND verify_status = #{f.verifyStatus}</if>"
            + "<if test='f.productSn != null'> AND product_sn = #{f.productSn}</if>"
            + "</where>";

    @Select("<script>SELECT COUNT(*) FROM pms_product " + LIST_FILTER + "</script>")
    long count(@Param("f") ProductFilter filter);

    @Select("<script>SELECT " + ProductSummary.COLUMNS + " FROM pms_product " + LIST_FILTER
            + " ORDER BY sort DESC, id DESC LIMIT #{offset}, #{limit}</script>")
    List<ProductSummary> page(@Param("f") ProductFilter filter, @Param("offset") long offset,
                              @Param("limit") int limit);

    @Select("SELECT " + Product.COLUMNS + " FROM pms_product WHERE id = #{id} AND delete_status = 0")
    Product findById(@Param("id") long id);

    @Select("<script>SELECT id FROM pms_product WHERE id IN " + IDS
            + "<if test='liveOnly'> AND delete_status = 0</if> ORDER BY id FOR UPDATE</script>")
    List<Long> lockAll(@Param("ids") List<Long> ids, @Param("liveOnly") boolean liveOnly);

    @Select("SELECT EXISTS (SELECT 1 FROM pms_product WHERE product_sn = #{sn} AND id <> #{exceptId})")
    boolean snTaken(@Param("sn") String productSn, @Param("exceptId") long exceptId);

    // ---- counters: brand rows, then category rows (each set in id order), then product rows

    /** Where a live product is counted: its brand and its (second-level) category. */
    record Placement(long id, Long brandId, Long productCategoryId) {
    }

    record CategoryRow(long id, long parentId, int level, String name) {
    }

    record NamedRow(long id, String name) {
    }

    @Select("<script>SELECT id, brand_id, product_category_id FROM pms_product WHERE id IN " + IDS
            + " AND delete_status = 0 ORDER BY id</script>")
    List<Placement> placements(@Param("ids") List<Long> ids);

    @Select("<script>SELECT id, brand_id, product_category_id FROM pms_product WHERE id IN " + IDS
            + " AND delete_status = 0 ORDER BY id FOR UPDATE</script>")
    List<Placement> lockPlacements(@Param("ids") List<Long> ids);

    @Select("<script>SELECT id, name FROM pms_brand WHERE id IN " + IDS + " ORDER BY id FOR UPDATE</script>")
    List<NamedRow> lockBrands(@Param("ids") List<Long> ids);

    @Select("<script>SELECT id, parent_id, level, name FROM pms_product_category WHERE id IN " + IDS
            + " ORDER BY id</script>")
    List<CategoryRow> categories(@Param("ids") List<Long> ids);

    @Select("<script>SELECT id, parent_id, level, name FROM pms_product_category WHERE id IN " + IDS
            + " ORDER BY id FOR UPDATE</script>")
    List<CategoryRow> lockCategories(@Param("ids") List<Long> ids);

    @Update("UPDATE pms_brand SET product_count = GREATEST(product_count + #{delta}, 0) WHERE id = #{id}")
    int addBrandCount(@Param("id") long id, @Param("delta") int delta);

    @Update("UPDATE pms_product_category SET product_count = GREATEST(product_count + #{delta}, 0) WHERE id = #{id}")
    int addCategoryCount(@Param("id") long id, @Param("delta") int delta);

    // ---- rows the blocks refer to, share-locked so they cannot be deleted before this transaction commits

    @Select("SELECT id FROM pms_product_attribute_category WHERE id = #{id} LOCK IN SHARE MODE")
    Long shareAttributeCategory(@Param("id") long id);

    @Select("<script>SELECT id FROM pms_product_attribute WHERE id IN " + IDS + " LOCK IN SHARE MODE</script>")
    List<Long> shareAttributes(@Param("ids") List<Long> ids);

    @Select("<script>SELECT id, name FROM ums_member_level WHERE id IN " + IDS + "</script>")
    List<NamedRow> memberLevels(@Param("ids") List<Long> ids);

    String PRODUCT_VALUES = "#{p.brandId}, #{p.productCategoryId}, #{p.feightTemplateId}, #{p.productAttributeCategoryId},"
            + " #{p.name}, #{p.pic}, #{p.productSn}, #{p.publishStatus}, #{p.newStatus}, #{p.recommandStatus},"
            + " #{p.verifyStatus}, #{p.sort}, #{p.price}, #{p.promotionPrice}, #{p.giftGrowth}, #{p.giftPoint},"
            + " #{p.usePointLimit}, #{p.subTitle}, #{p.description}, #{p.originalPrice}, #{stock}, #{p.lowStock},"
            + " #{p.unit}, #{p.weight}, #{p.previewStatus}, #{p.serviceIds}, #{p.keywords}, #{p.note}, #{p.albumPics},"
            + " #{p.detailTitle}, #{p.detailDesc}, #{p.detailHtml}, #{p.detailMobileHtml}, #{p.promotionStartTime},"
            + " #{p.promotionEndTime}, #{p.promotionPerLimit}, #{p.promotionType}, #{brandName}, #{categoryName}";

    @Insert("INSERT INTO pms_product (brand_id, product_category_id, feight_template_id, product_attribute_category_id,"
            + " name, pic, product_sn, publish_status, new_status, recommand_status, verify_status, sort, price,"
            + " promotion_price, gift_growth, gift_point, use_point_limit, sub_title, description, original_price, stock,"
            + " low_stock, unit, weight, preview_status, service_ids, keywords, note, album_pics, detail_title,"
            + " detail_desc, detail_html, detail_mobile_html, promotion_start_time, promotion_end_time,"
            + " promotion_per_limit, promotion_type, brand_name, product_category_name) VALUES (" + PRODUCT_VALUES + ")")
    void insert(@Param("p") ProductRequest product, @Param("stock") int stock, @Param("brandName") String brandName,
                @Param("categoryName") String categoryName);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE pms_product SET brand_id = #{p.brandId}, product_category_id = #{p.productCategoryId},"
            + " feight_template_id = #{p.feightTemplateId}, product_attribute_category_id = #{p.productAttributeCategoryId},"
            + " name = #{p.name}, pic = #{p.pic}, product_sn = #{p.productSn}, publish_status = #{p.publishStatus},"
            + " new_status = #{p.newStatus}, recommand_status = #{p.recommandStatus}, verify_status = #{p.verifyStatus},"
            + " sort = #{p.sort}, price = #{p.price}, promotion_price = #{p.promotionPrice}, gift_growth = #{p.giftGrowth},"
            + " gift_point = #{p.giftPoint}, use_point_limit = #{p.usePointLimit}, sub_title = #{p.subTitle},"
            + " description = #{p.description}, original_price = #{p.originalPrice}, stock = #{stock},"
            + " low_stock = #{p.lowStock}, unit = #{p.unit}, weight = #{p.weight}, preview_status = #{p.previewStatus},"
            + " service_ids = #{p.serviceIds}, keywords = #{p.keywords}, note = #{p.note}, album_pics = #{p.albumPics},"
            + " detail_title = #{p.detailTitle}, detail_desc = #{p.detailDesc}, detail_html = #{p.detailHtml},"
            + " detail_mobile_html = #{p.detailMobileHtml}, promotion_start_time = #{p.promotionStartTime},"
            + " promotion_end_time = #{p.promotionEndTime}, promotion_per_limit = #{p.promotionPerLimit},"
            + " promotion_type = #{p.promotionType}, brand_name = #{brandName}, product_category_name = #{categoryName}"
            + " WHERE id = #{id} AND delete_status = 0")
    int update(@Param("id") long id, @Param("p") ProductRequest product, @Param("stock") int stock,
               @Param("brandName") String brandName, @Param("categoryName") String categoryName);

    // ---- SKUs

    String SKU_COLUMNS = "id, product_id, sku_code, price, stock, low_stock, pic, sale, promotion_price, lock_stock, sp_data";

    @Select("SELECT " + SKU_COLUMNS + " FROM pms_sku_stock WHERE product_id = #{productId} ORDER BY id")
    List<SkuRow> findSkus(@Param("productId") long productId);

    @Select("SELECT " + SKU_COLUMNS + " FROM pms_sku_stock WHERE product_id = #{productId} ORDER BY id FOR UPDATE")
    List<SkuRow> lockSkus(@Param("productId") long productId);

    @Select("<script>SELECT sku_code FROM pms_sku_stock WHERE product_id &lt;&gt; #{productId} AND sku_code IN"
            + "<foreach collection='codes' item='c' open='(' separator=',' close=')'>#{c}</foreach></script>")
    List<String> skuCodesOfOtherProducts(@Param("productId") long productId, @Param("codes") List<String> codes);

    /** In place; never touches lock_stock, and refuses a stock below it (row count 0). */
    @Update("UPDATE pms_sku_stock SET sku_code = #{s.skuCode}, price = #{s.price}, stock = #{s.stock},"
            + " low_stock = #{s.lowStock}, pic = #{s.pic}, promotion_price = #{s.promotionPrice}, sp_data = #{s.spData}"
            + " WHERE id = #{s.id} AND product_id = #{productId} AND lock_stock <= #{s.stock}")
    int updateSku(@Param("productId") long productId, @Param("s") ProductRequest.Sku sku);

    @Insert("<script>INSERT INTO pms_sku_stock (product_id, sku_code, price, stock, low_stock, pic, promotion_price, sp_data)"
            + " VALUES <foreach collection='skus' item='s' separator=','>(#{productId}, #{s.skuCode}, #{s.price},"
            + " #{s.stock}, #{s.lowStock}, #{s.pic}, #{s.promotionPrice}, #{s.spData})</foreach></script>")
    void insertSkus(@Param("productId") long productId, @Param("skus") List<ProductRequest.Sku> skus);

    /** Only SKUs no unpaid order holds stock of. */
    @Delete("<script>DELETE FROM pms_sku_stock WHERE product_id = #{productId} AND lock_stock = 0 AND id IN " + IDS
            + "</script>")
    int deleteFreeSkus(@Param("productId") long productId, @Param("ids") List<Long> ids);

    // ---- the other blocks: replaced as a whole

    @Select("SELECT id, product_id, product_attribute_id, value FROM pms_product_attribute_value"
            + " WHERE product_id = #{productId} ORDER BY id")
    List<AttributeValueRow> findAttributeValues(@Param("productId") long productId);

    @Select("SELECT id, product_id, member_level_id, member_price, member_level_name FROM pms_member_price"
            + " WHERE product_id = #{productId} ORDER BY id")
    List<MemberPriceRow> findMemberPrices(@Param("productId") long productId);

    @Select("SELECT id, product_id, count, discount, price FROM pms_product_ladder WHERE product_id = #{productId}"
            + " ORDER BY count")
    List<LadderRow> findLadders(@Param("productId") long productId);

    @Select("SELECT id, product_id, full_price, reduce_price FROM pms_product_full_reduction"
            + " WHERE product_id = #{productId} ORDER BY full_price")
    List<FullReductionRow> findFullReductions(@Param("productId") long productId);

    @Delete("DELETE FROM pms_product_attribute_value WHERE product_id = #{productId}")
    void deleteAttributeValues(@Param("productId") long productId);

    @Delete("DELETE FROM pms_member_price WHERE product_id = #{productId}")
    void deleteMemberPrices(@Param("productId") long productId);

    @Delete("DELETE FROM pms_product_ladder WHERE product_id = #{productId}")
    void deleteLadders(@Param("productId") long productId);

    @Delete("DELETE FROM pms_product_full_reduction WHERE product_id = #{productId}")
    void deleteFullReductions(@Param("productId") long productId);

    @Insert("<script>INSERT INTO pms_product_attribute_value (product_id, product_attribute_id, value) VALUES"
            + "<foreach collection='rows' item='r' separator=','>(#{productId}, #{r.productAttributeId}, #{r.value})"
            + "</foreach></script>")
    void insertAttributeValues(@Param("productId") long productId,
                               @Param("rows") List<ProductRequest.AttributeValue> rows);

    @Insert("<script>INSERT INTO pms_member_price (product_id, member_level_id, member_price, member_level_name) VALUES"
            + "<foreach collection='rows' item='r' separator=','>(#{productId}, #{r.memberLevelId}, #{r.memberPrice},"
            + " #{r.memberLevelName})</foreach></script>")
    void insertMemberPrices(@Param("productId") long productId, @Param("rows") List<ProductRequest.MemberPrice> rows);

    @Insert("<script>INSERT INTO pms_product_ladder (product_id, count, discount, price) VALUES"
            + "<foreach collection='rows' item='r' separator=','>(#{productId}, #{r.count}, #{r.discount}, #{r.price})"
            + "</foreach></script>")
    void insertLadders(@Param("productId") long productId, @Param("rows") List<ProductRequest.Ladder> rows);

    @Insert("<script>INSERT INTO pms_product_full_reduction (product_id, full_price, reduce_price) VALUES"
            + "<foreach collection='rows' item='r' separator=','>(#{productId}, #{r.fullPrice}, #{r.reducePrice})"
            + "</foreach></script>")
    void insertFullReductions(@Param("productId") long productId,
                              @Param("rows") List<ProductRequest.FullReduction> rows);

    // ---- bulk status changes (column names are fixed by the service, never from input)

    @Update("<script>UPDATE pms_product SET ${column} = #{value} WHERE id IN " + IDS + "</script>")
    int updateStatus(@Param("column") String column, @Param("ids") List<Long> ids, @Param("value") int value);
}
