package com.perflab.mall.cart.cart;

import com.perflab.mall.cart.catalog.CartProduct;
import com.perflab.mall.cart.catalog.ProductCatalog;
import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.auth.AuthenticatedUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's cart; the member always comes from the gateway's identity, never the request. */
@RestController
@RequestMapping("/cart")
class CartController {

    private static final int MAX_IDS = 200;

    private final CartService cart;
    private final ProductCatalog products;

    CartController(CartService cart, ProductCatalog products) {
        this.cart = cart;
        this.products = products;
    }

    @PostMapping("/add")
    ApiResponse<CartItem> add(AuthenticatedUser user, @Valid @RequestBody AddCartRequest request) {
        return ApiResponse.success(cart.add(user.memberId(), user.username(), request));
    }

    @GetMapping("/list")
    ApiResponse<List<CartItem>> list(AuthenticatedUser user) {
        return ApiResponse.success(cart.list(user.memberId()));
    }

    /** Items priced now with their promotions; {@code cartIds} (comma separated) narrows the list. */
    @GetMapping("/list/promotion")
    ApiResponse<List<CartPromotionItem>> listPromotion(
            AuthenticatedUser user, @RequestParam(required = false) @Size(max = MAX_IDS) List<@Positive Long> cartIds) {
        return ApiResponse.success(cart.listPromotion(user.memberId(), cartIds));
    }

    @GetMapping("/update/quantity")
    ApiResponse<CartItem> updateQuantity(AuthenticatedUser user, @RequestParam @Positive long id,
                                         @RequestParam @Min(1) @Max(CartService.MAX_QUANTITY) int quantity) {
        return ApiResponse.success(cart.updateQuantity(user.memberId(), id, quantity));
    }

    /** {@code ids} as a form or query parameter, comma separated or repeated; all or nothing. */
    @PostMapping("/delete")
    ApiResponse<Integer> delete(AuthenticatedUser user,
                                @RequestParam @NotEmpty @Size(max = MAX_IDS) List<@Positive Long> ids) {
        return ApiResponse.success(cart.delete(user.memberId(), ids));
    }

    @PostMapping("/clear")
    ApiResponse<Integer> clear(AuthenticatedUser user) {
        return ApiResponse.success(cart.clear(user.memberId()));
    }

    /** The product's spec attributes and SKUs, to pick another specification for an item. */
    @GetMapping("/getProduct/{productId}")
    ApiResponse<CartProduct> getProduct(AuthenticatedUser user, @PathVariable @Positive long productId) {
        user.memberId(); // shoppers only: an admin token is refused with 403 like on every cart path
        return ApiResponse.success(products.product(productId));
    }

    @PostMapping("/update/attr")
    ApiResponse<CartItem> updateAttr(AuthenticatedUser user, @Valid @RequestBody UpdateAttrRequest request) {
        return ApiResponse.success(cart.changeSku(user.memberId(), request));
    }
}
