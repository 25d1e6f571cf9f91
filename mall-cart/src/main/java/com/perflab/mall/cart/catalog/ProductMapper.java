package com.perflab.mall.cart.catalog;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Read-only queries on the catalog tables (owned by mall-admin, shared in one database). The contract
 * with mall-portal has no by-product SKU endpoint, so the cart reads these few columns itself.
 */
@Mapper
interface ProductMapper {

    /** A product shoppers may see: published and not deleted. */
    @Select("SELECT id, name, pic, sub_title, product_sn, brand_name, product_category_id, price, original_price,"
            + " product_attribute_category_id FROM pms_product"
            + " WHERE id = #{id} AND publish_status = 1 AND delete_status = 0")
    ProductRow findPublished(@Param("id") long id);

    @Select("SELECT id, product_id, sku_code, price, promotion_price, GREATEST(stock - lock_stock, 0) AS stock, pic,"
            + " sp_data FROM pms_sku_stock WHERE product_id = #{productId} ORDER BY id")
    List<CartProduct.Sku> findSkus(@Param("productId") long productId);

    @Select("SELECT id, name, select_type, input_type, input_list, sort FROM pms_product_attribute"
            + " WHERE product_attribute_category_id = #{categoryId} AND type = 0 ORDER BY sort DESC, id")
    List<CartProduct.SpecAttribute> findSpecAttributes(@Param("categoryId") long categoryId);
}
