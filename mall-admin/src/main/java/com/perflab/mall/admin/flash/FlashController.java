package com.perflab.mall.admin.flash;

import com.perflab.mall.admin.flash.FlashRequests.NewProduct;
import com.perflab.mall.admin.flash.FlashRequests.ProductOffer;
import com.perflab.mall.admin.flash.FlashRequests.Promotion;
import com.perflab.mall.admin.flash.FlashRequests.Session;
import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Flash sales: campaigns ({@code /flash}), daily slots ({@code /flash/session}), offers ({@code /flash/product}). */
@RestController
@RequestMapping("/flash")
class FlashController {

    private final FlashService flash;

    FlashController(FlashService flash) {
        this.flash = flash;
    }

    @GetMapping("/list")
    ApiResponse<PageResult<FlashPromotion>> list(@RequestParam(required = false) @Size(max = 200) String keyword,
                                                 @Valid PageQuery page) {
        return ApiResponse.success(flash.promotions(keyword, page));
    }

    @GetMapping("/{id}")
    ApiResponse<FlashPromotion> get(@PathVariable @Positive long id) {
        return ApiResponse.success(flash.promotion(id));
    }

    @PostMapping(path = "/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<FlashPromotion> create(@Valid @RequestBody Promotion request) {
        return ApiResponse.success(flash.createPromotion(request), "创建成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<FlashPromotion> update(@PathVariable @Positive long id, @Valid @RequestBody Promotion request) {
        return ApiResponse.success(flash.updatePromotion(id, request), "修改成功");
    }

    @PostMapping("/update/status/{id}")
    ApiResponse<Void> updateStatus(@PathVariable @Positive long id,
                                   @RequestParam @NotNull @Min(0) @Max(1) Integer status) {
        flash.updatePromotionStatus(id, status);
        return ApiResponse.success(null, "修改成功");
    }

    @PostMapping("/delete/{id}")
    ApiResponse<Void> delete(@PathVariable @Positive long id) {
        flash.deletePromotion(id);
        return ApiResponse.success(null, "删除成功");
    }

    // ---- slots

    @GetMapping("/session/list")
    ApiResponse<PageResult<FlashSession>> sessions(@Valid PageQuery page) {
        return ApiResponse.success(flash.sessions(page));
    }

    /** The enabled slots with the campaign's product count in each: a handful of rows, not paged. */
    @GetMapping("/session/selectList")
    ApiResponse<List<FlashSession>> selectList(@RequestParam @NotNull @Positive Long flashPromotionId) {
        return ApiResponse.success(flash.sessionsOf(flashPromotionId));
    }

    @GetMapping("/session/{id}")
    ApiResponse<FlashSession> session(@PathVariable @Positive long id) {
        return ApiResponse.success(flash.session(id));
    }

    @PostMapping(path = "/session/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<FlashSession> createSession(@Valid @RequestBody Session request) {
        return ApiResponse.success(flash.createSession(request), "创建成功");
    }

    @PostMapping(path = "/session/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<FlashSession> updateSession(@PathVariable @Positive long id, @Valid @RequestBody Session request) {
        return ApiResponse.success(flash.updateSession(id, request), "修改成功");
    }

    @PostMapping("/session/update/status/{id}")
    ApiResponse<Void> updateSessionStatus(@PathVariable @Positive long id,
                                          @RequestParam @NotNull @Min(0) @Max(1) Integer status) {
        flash.updateSessionStatus(id, status);
        return ApiResponse.success(null, "修改成功");
    }

    @PostMapping("/session/delete/{id}")
    ApiResponse<Void> deleteSession(@PathVariable @Positive long id) {
        flash.deleteSession(id);
        return ApiResponse.success(null, "删除成功");
    }

    // ---- offers

    @GetMapping("/product/list")
    ApiResponse<PageResult<FlashProduct>> products(@RequestParam(required = false) @Positive Long flashPromotionId,
                                                   @RequestParam(required = false) @Positive Long flashPromotionSessionId,
                                                   @Valid PageQuery page) {
        return ApiResponse.success(flash.products(flashPromotionId, flashPromotionSessionId, page));
    }

    @PostMapping(path = "/product/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<List<FlashProduct>> createProducts(
            @RequestBody @NotEmpty @Size(max = 100) List<@NotNull @Valid NewProduct> request) {
        return ApiResponse.success(flash.createProducts(request), "创建成功");
    }

    @PostMapping(path = "/product/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<FlashProduct> updateProduct(@PathVariable @Positive long id, @Valid @RequestBody ProductOffer request) {
        return ApiResponse.success(flash.updateProduct(id, request), "修改成功");
    }

    @PostMapping("/product/delete/{id}")
    ApiResponse<Void> deleteProduct(@PathVariable @Positive long id) {
        flash.deleteProduct(id);
        return ApiResponse.success(null, "删除成功");
    }
}
