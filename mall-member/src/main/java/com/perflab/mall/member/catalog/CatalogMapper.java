package com.perflab.mall.member.catalog;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Read-only primary-key lookups in the shared catalog tables. mall-member keeps its own mapper instead of
 * calling mall-portal: one indexed row per call, and no service reads another service's classes.
 */
@Mapper
interface CatalogMapper {

    /** Only what the shop shows: published and not deleted. */
    @Select("SELECT id, name, pic, sub_title, price FROM pms_product"
            + " WHERE id = #{id} AND publish_status = 1 AND delete_status = 0")
    ProductSummary findProduct(@Param("id") long id);

    /** Only brands the shop shows. */
    @Select("SELECT id, name, logo FROM pms_brand WHERE id = #{id} AND show_status = 1")
    BrandSummary findBrand(@Param("id") long id);
}
