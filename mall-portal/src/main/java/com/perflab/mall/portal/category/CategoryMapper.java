package com.perflab.mall.portal.category;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface CategoryMapper {

    String ORDER = " ORDER BY c.sort DESC, c.id";

    @Select("SELECT " + ProductCategory.COLUMNS + " FROM pms_product_category c"
            + " WHERE c.parent_id = #{parentId} AND c.show_status = 1" + ORDER)
    List<ProductCategory> findVisibleChildren(@Param("parentId") long parentId);

    /** The whole visible tree in one read; the table holds tens of rows, not thousands. */
    @Select("SELECT " + ProductCategory.COLUMNS + " FROM pms_product_category c WHERE c.show_status = 1"
            + " ORDER BY c.level, c.sort DESC, c.id")
    List<ProductCategory> findAllVisible();
}
