package com.perflab.mall.cart.cart;

import com.perflab.mall.cart.catalog.SkuSnapshot;
import com.perflab.mall.common.api.ApiException;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cart writes that must see a consistent cart: they run under the member's row lock. The catalog
 * snapshot is fetched by the caller before the transaction starts, so no remote call ever holds a lock.
 */
@Component
@EnableConfigurationProperties(CartProperties.class)
class CartWriter {

    private final CartItemMapper items;
    private final CartProperties properties;

    CartWriter(CartItemMapper items, CartProperties properties) {
        this.items = items;
        this.properties = properties;
    }

    /** Adds {@code quantity} of the SKU: raises the member's existing line for it, or inserts one. */
    @Transactional
    CartItem add(long memberId, String nickname, SkuSnapshot sku, int quantity) {
        lockMember(memberId);
        CartItem existing = items.findBySku(memberId, sku.skuId());
        if (existing != null) {
            checkTotal(existing.quantity() + quantity);
            items.addQuantity(memberId, existing.id(), quantity, sku);
            return items.find(memberId, existing.id());
        }
        if (items.count(memberId) >= properties.maxItems()) {
            throw ApiException.conflict("购物车最多 " + properties.maxItems() + " 种商品");
        }
        items.insert(memberId, nickname, sku, quantity);
        return items.find(memberId, items.lastInsertId());
    }

    /**
     * Moves line {@code id} to another SKU of the same product. When the member already has a line for
     * that SKU the two merge (one line per SKU), keeping the other line.
     */
    @Transactional
    CartItem changeSku(long memberId, long id, SkuSnapshot sku) {
        lockMember(memberId);
        CartItem item = items.find(memberId, id);
        if (item == null) {
            throw ApiException.notFound(CartService.ITEM_NOT_FOUND);
        }
        if (item.productId() != sku.productId()) {
            throw ApiException.badRequest("productSkuId: 只能更换同一商品的规格");
        }
        CartItem other = items.findBySku(memberId, sku.skuId());
        if (other == null || other.id() == item.id()) {
            items.changeSku(memberId, id, sku);
            return items.find(memberId, id);
        }
        checkTotal(other.quantity() + item.quantity());
        items.addQuantity(memberId, other.id(), item.quantity(), sku);
        items.delete(memberId, List.of(id));
        return items.find(memberId, other.id());
    }

    private void lockMember(long memberId) {
        if (items.lockMember(memberId) == null) {
            throw ApiException.notFound("会员不存在");
        }
    }

    private static void checkTotal(int quantity) {
        if (quantity > CartService.MAX_QUANTITY) {
            throw ApiException.conflict("单件商品数量最多 " + CartService.MAX_QUANTITY);
        }
    }
}
