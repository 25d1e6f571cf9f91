package com.perflab.mall.cart.cart;

import com.perflab.mall.cart.catalog.SkuSnapshot;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * oms_cart_item. Every statement names the member, so another member's item id matches nothing; removed
 * lines ({@code delete_status = 1}) are never read or changed again.
 */
@Mapper
interface CartItemMapper {

    /** The snapshot columns a catalog SKU sets, shared by insert and the refreshing updates. */
    String SNAPSHOT_SET = " product_id = #{s.productId}, product_sku_id = #{s.skuId}, price = #{s.price},"
            + " product_pic = #{s.productPic}, product_name = #{s.productName},"
            + " product_sub_title = #{s.productSubTitle}, product_sku_code = #{s.skuCode},"
            + " product_category_id = #{s.productCategoryId}, product_brand = #{s.productBrand},"
            + " product_sn = #{s.productSn}, product_attr = #{s.productAttr}, modify_date = NOW()";

    /**
     * Locks the member's row, so concurrent cart writes of one member run one after another: the
     * one-line-per-SKU rule and the item cap hold without a unique key. Null when the member does not exist.
     */
    @Select("SELECT id FROM ums_member WHERE id = #{memberId} FOR UPDATE")
    Long lockMember(@Param("memberId") long memberId);

    @Select("SELECT " + CartItem.COLUMNS + " FROM oms_cart_item"
            + " WHERE id = #{id} AND member_id = #{memberId} AND delete_status = 0")
    CartItem find(@Param("memberId") long memberId, @Param("id") long id);

    @Select("SELECT " + CartItem.COLUMNS + " FROM oms_cart_item"
            + " WHERE member_id = #{memberId} AND product_sku_id = #{skuId} AND delete_status = 0"
            + " ORDER BY id LIMIT 1")
    CartItem findBySku(@Param("memberId") long memberId, @Param("skuId") long skuId);

    /** Newest first; the item cap bounds the list, so no paging. */
    @Select("SELECT " + CartItem.COLUMNS + " FROM oms_cart_item"
            + " WHERE member_id = #{memberId} AND delete_status = 0 ORDER BY id DESC")
    List<CartItem> findAll(@Param("memberId") long memberId);

    @Select("<script>SELECT " + CartItem.COLUMNS + " FROM oms_cart_item"
            + " WHERE member_id = #{memberId} AND delete_status = 0 AND id IN"
            + " <foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>"
            + " ORDER BY id DESC</script>")
    List<CartItem> findByIds(@Param("memberId") long memberId, @Param("ids") Collection<Long> ids);

    @Select("SELECT COUNT(*) FROM oms_cart_item WHERE member_id = #{memberId} AND delete_status = 0")
    int count(@Param("memberId") long memberId);

    @Insert("INSERT INTO oms_cart_item (product_id, product_sku_id, member_id, quantity, price, product_pic,"
            + " product_name, product_sub_title, product_sku_code, member_nickname, create_date, delete_status,"
            + " product_category_id, product_brand, product_sn, product_attr) VALUES (#{s.productId}, #{s.skuId},"
            + " #{memberId}, #{quantity}, #{s.price}, #{s.productPic}, #{s.productName}, #{s.productSubTitle},"
            + " #{s.skuCode}, #{nickname}, NOW(), 0, #{s.productCategoryId}, #{s.productBrand}, #{s.productSn},"
            + " #{s.productAttr})")
    void insert(@Param("memberId") long memberId, @Param("nickname") String nickname,
                @Param("s") SkuSnapshot sku, @Param("quantity") int quantity);

    /** The id of the row just inserted on this connection (the caller runs in a transaction). */
    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    /** Raises the quantity and refreshes the snapshot in one statement. */
    @Update("UPDATE oms_cart_item SET quantity = quantity + #{delta}," + SNAPSHOT_SET
            + " WHERE id = #{id} AND member_id = #{memberId} AND delete_status = 0")
    int addQuantity(@Param("memberId") long memberId, @Param("id") long id, @Param("delta") int delta,
                    @Param("s") SkuSnapshot sku);

    /** Points the line at a (possibly other) SKU and refreshes the snapshot. */
    @Update("UPDATE oms_cart_item SET" + SNAPSHOT_SET
            + " WHERE id = #{id} AND member_id = #{memberId} AND delete_status = 0")
    int changeSku(@Param("memberId") long memberId, @Param("id") long id, @Param("s") SkuSnapshot sku);

    @Update("UPDATE oms_cart_item SET quantity = #{quantity}, modify_date = NOW()"
            + " WHERE id = #{id} AND member_id = #{memberId} AND delete_status = 0")
    int updateQuantity(@Param("memberId") long memberId, @Param("id") long id, @Param("quantity") int quantity);

    @Update("<script>UPDATE oms_cart_item SET delete_status = 1, modify_date = NOW()"
            + " WHERE member_id = #{memberId} AND delete_status = 0 AND id IN"
            + " <foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>")
    int delete(@Param("memberId") long memberId, @Param("ids") Collection<Long> ids);

    @Update("UPDATE oms_cart_item SET delete_status = 1, modify_date = NOW()"
            + " WHERE member_id = #{memberId} AND delete_status = 0")
    int clear(@Param("memberId") long memberId);
}
