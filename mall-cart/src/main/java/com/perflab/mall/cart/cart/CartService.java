package com.perflab.mall.cart.cart;

import com.perflab.mall.cart.catalog.CatalogClient;
import com.perflab.mall.cart.catalog.PromotionQuote;
import com.perflab.mall.cart.catalog.SkuQuantity;
import com.perflab.mall.cart.catalog.SkuSnapshot;
import com.perflab.mall.common.api.ApiException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's cart. Prices and product data always come from the catalog (mall-portal), never from the
 * client; another member's item id is answered like a missing one (404) and nothing is written.
 */
@Service
class CartService {

    static final int MAX_QUANTITY = 999;
    static final String ITEM_NOT_FOUND = "购物车商品不存在";

    private final CartItemMapper items;
    private final CartWriter writer;
    private final CatalogClient catalog;

    CartService(CartItemMapper items, CartWriter writer, CatalogClient catalog) {
        this.items = items;
        this.writer = writer;
        this.catalog = catalog;
    }

    CartItem add(long memberId, String nickname, AddCartRequest request) {
        SkuSnapshot sku = sku(request.productSkuId());
        if (request.productId() != null && request.productId() != sku.productId()) {
            throw ApiException.badRequest("productId: productSkuId 不属于 productId");
        }
        return writer.add(memberId, nickname, sku, request.quantity());
    }

    List<CartItem> list(long memberId) {
        return items.findAll(memberId);
    }

    /** The member's items (all, or those among {@code cartIds}) priced now, with their promotions. */
    List<CartPromotionItem> listPromotion(long memberId, List<Long> cartIds) {
        List<CartItem> lines = cartIds == null || cartIds.isEmpty() ? items.findAll(memberId)
                : items.findByIds(memberId, new LinkedHashSet<>(cartIds));
        if (lines.isEmpty()) {
            return List.of();
        }
        Set<Long> skuIds = new LinkedHashSet<>();
        lines.forEach(line -> skuIds.add(line.productSkuId()));
        Map<Long, SkuSnapshot> skus = catalog.skus(skuIds);
        Map<Long, PromotionQuote> quotes = catalog.quote(memberId, lines.stream()
                .filter(line -> skus.containsKey(line.productSkuId()))
                .map(line -> new SkuQuantity(line.productSkuId(), line.quantity()))
                .toList());
        return lines.stream()
                .map(line -> {
                    SkuSnapshot sku = skus.get(line.productSkuId());
                    return sku == null ? CartPromotionItem.unavailable(line)
                            : CartPromotionItem.priced(line, sku, quotes.get(line.productSkuId()));
                })
                .toList();
    }

    @Transactional
    CartItem updateQuantity(long memberId, long id, int quantity) {
        if (items.updateQuantity(memberId, id, quantity) == 0) {
            throw ApiException.notFound(ITEM_NOT_FOUND);
        }
        return items.find(memberId, id);
    }

    CartItem changeSku(long memberId, UpdateAttrRequest request) {
        return writer.changeSku(memberId, request.id(), sku(request.productSkuId()));
    }

    /** Removes all of {@code ids} or, when any is not the member's current item, none (404). */
    @Transactional
    int delete(long memberId, List<Long> ids) {
        Set<Long> distinct = new LinkedHashSet<>(ids);
        if (items.delete(memberId, distinct) != distinct.size()) {
            // the rollback undoes the lines already marked, so a mixed list changes nothing
            throw ApiException.notFound(ITEM_NOT_FOUND);
        }
        return distinct.size();
    }

    @Transactional
    int clear(long memberId) {
        return items.clear(memberId);
    }

    private SkuSnapshot sku(long skuId) {
        SkuSnapshot sku = catalog.skus(List.of(skuId)).get(skuId);
        if (sku == null) {
            throw ApiException.notFound("商品不存在或已下架");
        }
        return sku;
    }
}
