package com.perflab.mall.admin.product;

import com.perflab.mall.admin.product.ProductDetail.SkuRow;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products with all their blocks, each write in one transaction. SKUs keep their ids (orders and carts refer
 * to them) and their lock stock (held by unpaid orders): they are updated in place, never replaced.
 */
@Service
class ProductService {

    /** The product flags changeable in bulk and their columns. */
    enum Flag {
        PUBLISH("publish_status"), RECOMMEND("recommand_status"), NEW("new_status"), VERIFY("verify_status"),
        DELETE("delete_status");

        final String column;

        Flag(String column) {
            this.column = column;
        }
    }

    private final ProductMapper products;
    private final ApplicationEventPublisher events;

    ProductService(ProductMapper products, ApplicationEventPublisher events) {
        this.products = products;
        this.events = events;
    }

    PageResult<ProductSummary> list(ProductFilter filter, PageQuery page) {
        long total = products.count(filter);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, products.page(filter, page.offset(), page.pageSize()));
    }

    /** One query per block, however many SKUs or prices the product has. */
    ProductDetail detail(long id) {
        Product product = products.findById(id);
        if (product == null) {
            throw ApiException.notFound("商品不存在");
        }
        return new ProductDetail(product, products.findSkus(id), products.findAttributeValues(id),
                products.findMemberPrices(id), products.findLadders(id), products.findFullReductions(id));
    }

    @Transactional
    ProductDetail create(ProductRequest request) {
        String brandName = brandName(request);
        String categoryName = categoryName(request);
        if (products.snTaken(request.productSn(), 0)) {
            throw ApiException.conflict("productSn: 货号已存在");
        }
        checkSkus(request.skuStockList());
        if (request.skuStockList().stream().anyMatch(s -> s.id() != null)) {
            throw ApiException.badRequest("skuStockList.id: 新商品的 SKU 不能带 id");
        }
        checkCodesFree(request.skuStockList(), 0);
        products.insert(request, totalStock(request), brandName, categoryName);
        long id = products.lastInsertId();
        products.insertSkus(id, request.skuStockList());
        insertBlocks(id, request);
        events.publishEvent(new ProductChanged(List.of(id), "created"));
        return detail(id);
    }

    @Transactional
    ProductDetail update(long id, ProductRequest request) {
        if (products.lock(id) == null) {
            throw ApiException.notFound("商品不存在");
        }
        String brandName = brandName(request);
        String categoryName = categoryName(request);
        if (products.snTaken(request.productSn(), id)) {
            throw ApiException.conflict("productSn: 货号已存在");
        }
        checkSkus(request.skuStockList());
        Map<Long, SkuRow> current = products.lockSkus(id).stream()
                .collect(Collectors.toMap(SkuRow::id, Function.identity()));

        List<ProductRequest.Sku> kept = new ArrayList<>();
        List<ProductRequest.Sku> added = new ArrayList<>();
        for (ProductRequest.Sku sku : request.skuStockList()) {
            if (sku.id() == null) {
                added.add(sku);
                continue;
            }
            SkuRow row = current.get(sku.id());
            if (row == null) {
                throw ApiException.badRequest("skuStockList.id: SKU " + sku.id() + " 不属于该商品");
            }
            if (sku.stock() < row.lockStock()) {
                throw ApiException.conflict("skuStockList.stock: SKU " + sku.id() + " 的库存不能低于已锁定的 "
                        + row.lockStock());
            }
            kept.add(sku);
        }
        checkCodesFree(request.skuStockList(), id);
        Set<Long> keptIds = new HashSet<>();
        kept.forEach(s -> keptIds.add(s.id()));
        List<Long> removed = current.keySet().stream().filter(skuId -> !keptIds.contains(skuId)).sorted().toList();
        for (long skuId : removed) {
            if (current.get(skuId).lockStock() > 0) {
                throw ApiException.conflict("skuStockList: SKU " + skuId + " 有未支付订单锁定的库存，不能删除");
            }
        }

        if (!removed.isEmpty() && products.deleteFreeSkus(id, removed) != removed.size()) {
            throw ApiException.conflict("skuStockList: SKU 已被订单锁定，请重试");
        }
        for (ProductRequest.Sku sku : kept) {
            if (products.updateSku(id, sku) != 1) {
                throw ApiException.conflict("skuStockList.stock: SKU " + sku.id() + " 的库存不能低于已锁定的数量");
            }
        }
        if (!added.isEmpty()) {
            products.insertSkus(id, added);
        }
        products.update(id, request, totalStock(request), brandName, categoryName);
        products.deleteAttributeValues(id);
        products.deleteMemberPrices(id);
        products.deleteLadders(id);
        products.deleteFullReductions(id);
        insertBlocks(id, request);
        events.publishEvent(ProductChanged.updated(List.of(id)));
        return detail(id);
    }

    /**
     * Sets one flag on up to 100 products; every id must name an existing (for deletion: not yet deleted) product.
     * Publishing changes send {@code publish}, deletions {@code deleted}, the rest {@code updated}, one per product.
     */
    @Transactional
    void updateFlag(Flag flag, List<Long> ids, int value) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<Long> found = products.lockAll(distinct, true);
        if (found.size() != distinct.size()) {
            throw ApiException.badRequest("ids: 含有不存在或已删除的商品");
        }
        products.updateStatus(flag.column, found, value);
        String type = switch (flag) {
            case PUBLISH -> "publish";
            case DELETE -> value == 1 ? "deleted" : "updated";
            default -> "updated";
        };
        events.publishEvent(new ProductChanged(found, type));
    }

    private String brandName(ProductRequest request) {
        String name = products.brandName(request.brandId());
        if (name == null) {
            throw ApiException.badRequest("brandId: 品牌不存在");
        }
        return name;
    }

    private String categoryName(ProductRequest request) {
        String name = products.leafCategoryName(request.productCategoryId());
        if (name == null) {
            throw ApiException.badRequest("productCategoryId: 分类不存在或不是二级分类");
        }
        return name;
    }

    /** SKU ids and codes unique within the request. */
    private static void checkSkus(List<ProductRequest.Sku> skus) {
        Set<Long> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (ProductRequest.Sku sku : skus) {
            if (sku.id() != null && !ids.add(sku.id())) {
                throw ApiException.badRequest("skuStockList.id: SKU " + sku.id() + " 重复");
            }
            if (!codes.add(sku.skuCode())) {
                throw ApiException.badRequest("skuStockList.skuCode: " + sku.skuCode() + " 重复");
            }
        }
    }

    private void checkCodesFree(List<ProductRequest.Sku> skus, long productId) {
        List<String> codes = skus.stream().map(ProductRequest.Sku::skuCode).toList();
        List<String> taken = products.skuCodesOfOtherProducts(productId, codes);
        if (!taken.isEmpty()) {
            throw ApiException.conflict("skuStockList.skuCode: " + taken + " 已被其他商品使用");
        }
    }

    private static int totalStock(ProductRequest request) {
        return request.skuStockList().stream().mapToInt(ProductRequest.Sku::stock).sum();
    }

    private void insertBlocks(long id, ProductRequest request) {
        if (!request.productAttributeValueList().isEmpty()) {
            products.insertAttributeValues(id, request.productAttributeValueList());
        }
        if (!request.memberPriceList().isEmpty()) {
            products.insertMemberPrices(id, request.memberPriceList());
        }
        if (!request.productLadderList().isEmpty()) {
            products.insertLadders(id, request.productLadderList());
        }
        if (!request.productFullReductionList().isEmpty()) {
            products.insertFullReductions(id, request.productFullReductionList());
        }
    }
}
