package com.perflab.mall.portal.brand;

import com.perflab.mall.portal.product.ProductSummary;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface BrandMapper {

    /** Brands the home page recommends: sms_home_brand decides which and in what order. */
    @Select("SELECT COUNT(*) FROM sms_home_brand hb JOIN pms_brand b ON b.id = hb.brand_id"
            + " WHERE hb.recommend_status = 1 AND b.show_status = 1")
    long countRecommended();

    @Select("SELECT " + Brand.COLUMNS + " FROM sms_home_brand hb JOIN pms_brand b ON b.id = hb.brand_id"
            + " WHERE hb.recommend_status = 1 AND b.show_status = 1"
            + " ORDER BY hb.sort DESC, hb.id LIMIT #{offset}, #{limit}")
    List<Brand> findRecommended(@Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT " + Brand.COLUMNS + " FROM pms_brand b WHERE b.id = #{id} AND b.show_status = 1")
    Brand findShown(@Param("id") long id);

    @Select("SELECT COUNT(*) FROM pms_product p WHERE p.brand_id = #{brandId} AND " + ProductSummary.ON_SALE)
    long countProducts(@Param("brandId") long brandId);

    @Select("SELECT " + ProductSummary.COLUMNS + " FROM pms_product p"
            + " WHERE p.brand_id = #{brandId} AND " + ProductSummary.ON_SALE
            + " ORDER BY p.sort DESC, p.id LIMIT #{offset}, #{limit}")
    List<ProductSummary> findProducts(@Param("brandId") long brandId, @Param("offset") long offset,
            @Param("limit") int limit);
}
