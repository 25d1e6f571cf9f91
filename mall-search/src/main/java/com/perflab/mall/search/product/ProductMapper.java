package com.perflab.mall.search.product;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Reads the products to index. Only published, not deleted products are ever returned. */
@Mapper
interface ProductMapper {

    // available = stock - lock_stock over the SKUs; pms_product.stock is informative only
    String COLUMNS = "p.id, p.product_sn, p.brand_id, p.brand_name, p.product_category_id, p.product_category_name,"
            + " p.pic, p.name, p.sub_title, p.keywords, p.price, p.promotion_price, p.sale,"
            + " COALESCE(s.available, 0) AS stock, COALESCE(s.available, 0) > 0 AS has_stock,"
            + " p.new_status, p.recommand_status, p.publish_status, p.delete_status, p.sort";
    String FROM = " FROM pms_product p LEFT JOIN (SELECT product_id, SUM(GREATEST(stock - lock_stock, 0)) AS available"
            + " FROM pms_sku_stock GROUP BY product_id) s ON s.product_id = p.id";
    String INDEXABLE = " p.publish_status = 1 AND p.delete_status = 0";

    /** One batch of the import, by keyset (id order) so a batch costs the same at any depth. */
    @Select("SELECT " + COLUMNS + FROM + " WHERE" + INDEXABLE + " AND p.id > #{afterId} ORDER BY p.id LIMIT #{limit}")
    List<EsProduct> findIndexableAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    @Select("SELECT " + COLUMNS + FROM + " WHERE" + INDEXABLE + " AND p.id = #{id}")
    EsProduct findIndexable(@Param("id") long id);

    @Select("SELECT COUNT(*) FROM pms_product p WHERE" + INDEXABLE)
    long countIndexable();

    @Select("""
            <script>
            SELECT v.product_id, v.product_attribute_id, v.value, a.type, a.name
              FROM pms_product_attribute_value v JOIN pms_product_attribute a ON a.id = v.product_attribute_id
             WHERE v.product_id IN <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
             ORDER BY v.product_id, a.sort DESC, v.id
            </script>""")
    List<EsProductAttrValue> findAttrValues(@Param("ids") Collection<Long> productIds);
}
