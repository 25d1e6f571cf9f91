package com.perflab.mall.search.product;

import java.util.List;

/**
 * What the products matching a keyword have in common, for the filter bar of the search page.
 *
 * @param brandNames           brand names, most products first
 * @param productCategoryNames category names, most products first
 * @param productAttrs         parameter attributes with their values
 */
record RelateInfo(List<String> brandNames, List<String> productCategoryNames, List<ProductAttr> productAttrs) {

    record ProductAttr(Long attrId, String attrName, List<String> attrValues) {
    }
}
