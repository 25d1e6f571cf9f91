package com.perflab.mall.cart.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product with what the cart page needs to change an item's specification: the spec attributes and
 * every SKU. Read from the shared catalog tables.
 */
public record CartProduct(long id, String name, String pic, String subTitle, String productSn, String brandName,
                          Long productCategoryId, BigDecimal price, BigDecimal originalPrice,
                          List<SpecAttribute> productAttributeList, List<Sku> skuStockList) {

    /** A spec attribute (type 0: the attributes that make SKUs), e.g. 颜色 with its choices. */
    public record SpecAttribute(long id, String name, int selectType, int inputType, String inputList, int sort) {
    }

    /**
     * One SKU of the product.
     *
     * @param stock  units available to order now (warehouse stock minus units locked by unpaid orders)
     * @param spData the spec values as JSON text
     */
    public record Sku(long id, long productId, String skuCode, BigDecimal price, BigDecimal promotionPrice,
                      int stock, String pic, String spData) {
    }
}
