package com.perflab.mall.search.product;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

/**
 * {@code /esProduct/**}. Search and recommend are public; import, create and delete are management calls:
 * the gateway keeps them for admin tokens, and this service lets only admins with a matching resource
 * through ({@code access.ManagementAccessConfiguration}).
 */
@RestController
@RequestMapping("/esProduct")
class EsProductController {

    static final int MAX_KEYWORD = 100;
    static final int MAX_BATCH = 1000;

    private final ProductIndexService indexService;
    private final ProductSearchService searchService;

    EsProductController(ProductIndexService indexService, ProductSearchService searchService) {
        this.indexService = indexService;
        this.searchService = searchService;
    }

    @PostMapping("/importAll")
    ApiResponse<Integer> importAll() {
        return ApiResponse.success(indexService.importAll());
    }

    @PostMapping("/create/{id}")
    ApiResponse<EsProduct> create(@PathVariable @Positive Long id) {
        EsProduct product = indexService.sync(id);
        if (product == null) {
            throw ApiException.notFound("product " + id + " does not exist or is not on sale");
        }
        return ApiResponse.success(product);
    }

    @GetMapping("/delete/{id}")
    ApiResponse<Integer> delete(@PathVariable @Positive Long id) {
        return ApiResponse.success(indexService.delete(List.of(id)));
    }

    /** Form/query parameters {@code ids=1&ids=2} or {@code ids=1,2}. */
    @PostMapping("/delete/batch")
    ApiResponse<Integer> deleteBatch(
            @RequestParam @NotEmpty @Size(max = MAX_BATCH) List<@NotNull @Positive Long> ids) {
        return ApiResponse.success(indexService.delete(ids));
    }

    /** The same as a JSON array body: {@code [1,2]}. */
    @PostMapping(path = "/delete/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Integer> deleteBatchJson(
            @RequestBody @NotEmpty @Size(max = MAX_BATCH) List<@NotNull @Positive Long> ids) {
        return ApiResponse.success(indexService.delete(ids));
    }

    @GetMapping("/search/simple")
    ApiResponse<PageResult<EsProduct>> simple(@RequestParam @NotBlank @Size(max = MAX_KEYWORD) String keyword,
            @Valid PageQuery page) {
        return ApiResponse.success(searchService.simple(keyword, page));
    }

    /** Keyword optional (browse a brand or category); sort 0 relevance, 1 newest, 2 sales, 3/4 price asc/desc. */
    @GetMapping("/search")
    ApiResponse<PageResult<EsProduct>> search(@RequestParam(required = false) @Size(max = MAX_KEYWORD) String keyword,
            @RequestParam(required = false) @Positive Long brandId,
            @RequestParam(required = false) @Positive Long productCategoryId,
            @RequestParam(defaultValue = "0") int sort,
            @Valid PageQuery page) {
        return ApiResponse.success(searchService.search(keyword, brandId, productCategoryId, SearchSort.of(sort), page));
    }

    @GetMapping("/search/relate")
    ApiResponse<RelateInfo> relate(@RequestParam(required = false) @Size(max = MAX_KEYWORD) String keyword) {
        return ApiResponse.success(searchService.relate(keyword));
    }

    @GetMapping("/recommend/{id}")
    ApiResponse<PageResult<EsProduct>> recommend(@PathVariable @Positive Long id, @Valid PageQuery page) {
        return ApiResponse.success(searchService.recommend(id, page));
    }
}
