package com.perflab.mall.cart.cart;

import com.perflab.mall.cart.catalog.PromotionQuote;
import com.perflab.mall.cart.catalog.SkuSnapshot;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A cart line priced now: catalog fields from mall-portal's current SKU data, the promotion from its
 * quote. A line whose SKU is no longer sold stays in the list with {@code available = false}, its stored
 * snapshot, no promotion and {@code realStock = 0}, so the shopper sees why and can remove it.
 *
 * @param price        the current catalog unit price (the stored one when unavailable)
 * @param reduceAmount promotion reduction per unit
 * @param realPrice    unit price after the promotion
 * @param realStock    units that can still be ordered
 */
record CartPromotionItem(long id, long productId, long productSkuId, long memberId, int quantity,
                         BigDecimal price, String productPic, String productName, String productSubTitle,
                         String productSkuCode, String memberNickname, LocalDateTime createDate,
                         LocalDateTime modifyDate, Long productCategoryId, String productBrand, String productSn,
                         String productAttr, boolean available, String promotionMessage, BigDecimal reduceAmount,
                         BigDecimal realPrice, int realStock, int integration, int growth) {

    static CartPromotionItem priced(CartItem item, SkuSnapshot sku, PromotionQuote quote) {
        // no quote for a SKU means no promotion applies: the catalog price is the real price
        BigDecimal reduce = quote == null || quote.reduceAmount() == null ? BigDecimal.ZERO : quote.reduceAmount();
        BigDecimal realPrice = quote == null || quote.realPrice() == null ? sku.price().subtract(reduce) : quote.realPrice();
        int realStock = quote == null || quote.realStock() == null ? Math.max(sku.stock() - sku.lockStock(), 0)
                : quote.realStock();
        return new CartPromotionItem(item.id(), item.productId(), item.productSkuId(), item.memberId(),
                item.quantity(), sku.price(), sku.productPic(), sku.productName(), sku.productSubTitle(),
                sku.skuCode(), item.memberNickname(), item.createDate(), item.modifyDate(), sku.productCategoryId(),
                sku.productBrand(), sku.productSn(), sku.productAttr(), true,
                quote == null ? null : quote.promotionMessage(), reduce, realPrice, realStock,
                quote == null || quote.integration() == null ? 0 : quote.integration(),
                quote == null || quote.growth() == null ? 0 : quote.growth());
    }

    static CartPromotionItem unavailable(CartItem item) {
        return new CartPromotionItem(item.id(), item.productId(), item.productSkuId(), item.memberId(),
                item.quantity(), item.price(), item.productPic(), item.productName(), item.productSubTitle(),
                item.productSkuCode(), item.memberNickname(), item.createDate(), item.modifyDate(),
                item.productCategoryId(), item.productBrand(), item.productSn(), item.productAttr(), false,
                "商品已下架", BigDecimal.ZERO, item.price(), 0, 0, 0);
    }
}
