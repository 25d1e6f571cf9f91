package com.perflab.mall.admin.product;

import com.perflab.mall.admin.product.ProductDetail.SkuRow;
import com.perflab.mall.admin.product.ProductMapper.CategoryRow;
import com.perflab.mall.admin.product.ProductMapper.Placement;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
        checkFieldRules(request);
        Counters counters = lockCounters(List.of(request.brandId()), List.of(request.productCategoryId()));
        String brandName = counters.brandName(request.brandId());
        String categoryName = counters.leafName(request.productCategoryId());
        List<ProductRequest.MemberPrice> memberPrices = checkBlocks(request);
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
        insertBlocks(id, request, memberPrices);
        counters.add(request.brandId(), request.productCategoryId(), 1);
        counters.apply();
        events.publishEvent(new ProductChanged(List.of(id), "created"));
        return detail(id);
    }

    @Transactional
    ProductDetail update(long id, ProductRequest request) {
        checkFieldRules(request);
        List<Placement> seen = products.placements(List.of(id));
        if (seen.isEmpty()) {
            throw ApiException.notFound("商品不存在");
        }
        Placement before = seen.get(0);
        Counters counters = lockCounters(nonNull(before.brandId(), request.brandId()),
                nonNull(before.productCategoryId(), request.productCategoryId()));
        String brandName = counters.brandName(request.brandId());
        String categoryName = counters.leafName(request.productCategoryId());
        List<ProductRequest.MemberPrice> memberPrices = checkBlocks(request);
        List<Placement> locked = products.lockPlacements(List.of(id));
        if (locked.isEmpty()) {
            throw ApiException.notFound("商品不存在");
        }
        if (!locked.get(0).equals(before)) {
            // moved by a concurrent update after we read it: the counters locked are not all of its old ones
            throw ApiException.conflict("商品已被同时修改，请刷新后重试");
        }
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
        insertBlocks(id, request, memberPrices);
        counters.add(before.brandId(), before.productCategoryId(), -1);
        counters.add(request.brandId(), request.productCategoryId(), 1);
        counters.apply();
        events.publishEvent(ProductChanged.updated(List.of(id)));
        return detail(id);
    }

    /**
     * Sets one flag on up to 100 products; every id must name an existing (for deletion: not yet deleted) product.
     * Publishing changes send {@code publish}, deletions {@code deleted}, the rest {@code updated}, one per product.
     */
    @Transactional
    void updateFlag(Flag flag, List<Long> ids, int value) {
        List<Long> distinct = ids.stream().distinct().sorted().toList();
        if (flag == Flag.DELETE) {
            delete(distinct);
            return;
        }
        List<Long> found = products.lockAll(distinct, true);
        if (found.size() != distinct.size()) {
            throw ApiException.badRequest("ids: 含有不存在或已删除的商品");
        }
        products.updateStatus(flag.column, found, value);
        events.publishEvent(new ProductChanged(found, flag == Flag.PUBLISH ? "publish" : "updated"));
    }

    /** Soft delete: the rows stay for orders and carts; the brand and category stop counting them. */
    private void delete(List<Long> ids) {
        List<Placement> seen = products.placements(ids);
        if (seen.size() != ids.size()) {
            throw ApiException.badRequest("ids: 含有不存在或已删除的商品");
        }
        Counters counters = lockCounters(seen.stream().map(Placement::brandId).filter(Objects::nonNull).toList(),
                seen.stream().map(Placement::productCategoryId).filter(Objects::nonNull).toList());
        List<Placement> locked = products.lockPlacements(ids);
        if (locked.size() != ids.size()) {
            throw ApiException.badRequest("ids: 含有不存在或已删除的商品");
        }
        if (!locked.equals(seen)) {
            throw ApiException.conflict("商品已被同时修改，请刷新后重试");
        }
        products.updateStatus(Flag.DELETE.column, ids, 1);
        locked.forEach(p -> counters.add(p.brandId(), p.productCategoryId(), -1));
        counters.apply();
        events.publishEvent(new ProductChanged(ids, "deleted"));
    }

    /**
     * Locks the brand rows, then the category rows (second-level ones and their parents), whose product counts
     * the write changes, each set in id order and before any product row, as brand and category renames do.
     * A category moved to another parent between the read of its parent and the lock answers 409.
     */
    private Counters lockCounters(Collection<Long> brandIds, Collection<Long> leafIds) {
        List<Long> brands = brandIds.stream().distinct().sorted().toList();
        List<Long> leaves = leafIds.stream().distinct().sorted().toList();
        Map<Long, String> brandNames = new HashMap<>();
        if (!brands.isEmpty()) {
            products.lockBrands(brands).forEach(b -> brandNames.put(b.id(), b.name()));
        }
        Map<Long, CategoryRow> categories = new HashMap<>();
        if (!leaves.isEmpty()) {
            List<CategoryRow> seen = products.categories(leaves);
            Set<Long> all = new TreeSet<>(leaves);
            seen.stream().filter(c -> c.parentId() != 0).forEach(c -> all.add(c.parentId()));
            products.lockCategories(List.copyOf(all)).forEach(c -> categories.put(c.id(), c));
            for (CategoryRow before : seen) {
                CategoryRow now = categories.get(before.id());
                if (now != null && now.parentId() != before.parentId()) {
                    throw ApiException.conflict("商品分类已被同时修改，请刷新后重试");
                }
            }
        }
        return new Counters(brandNames, categories);
    }

    private static List<Long> nonNull(Long a, Long b) {
        return Stream.of(a, b).filter(Objects::nonNull).toList();
    }

    /** Locked brand and category rows and the count changes collected for them. */
    private final class Counters {

        private final Map<Long, String> brandNames;
        private final Map<Long, CategoryRow> categories;
        private final Map<Long, Integer> brandDeltas = new TreeMap<>();
        private final Map<Long, Integer> categoryDeltas = new TreeMap<>();

        Counters(Map<Long, String> brandNames, Map<Long, CategoryRow> categories) {
            this.brandNames = brandNames;
            this.categories = categories;
        }

        String brandName(long brandId) {
            String name = brandNames.get(brandId);
            if (name == null) {
                throw ApiException.badRequest("brandId: 品牌不存在");
            }
            return name;
        }

        String leafName(long categoryId) {
            CategoryRow category = categories.get(categoryId);
            if (category == null || category.level() != 1) {
                throw ApiException.badRequest("productCategoryId: 分类不存在或不是二级分类");
            }
            return category.name();
        }

        /** A live product enters (+1) or leaves (-1) a brand and a category, and so the category's parent. */
        void add(Long brandId, Long categoryId, int delta) {
            if (brandId != null && brandNames.containsKey(brandId)) {
                brandDeltas.merge(brandId, delta, Integer::sum);
            }
            CategoryRow category = categoryId == null ? null : categories.get(categoryId);
            if (category != null) {
                categoryDeltas.merge(category.id(), delta, Integer::sum);
                if (category.parentId() != 0 && categories.containsKey(category.parentId())) {
                    categoryDeltas.merge(category.parentId(), delta, Integer::sum);
                }
            }
        }

        /** Relative updates of rows already locked, in id order. */
        void apply() {
            brandDeltas.forEach((id, delta) -> {
                if (delta != 0) {
                    products.addBrandCount(id, delta);
                }
            });
            categoryDeltas.forEach((id, delta) -> {
                if (delta != 0) {
                    products.addCategoryCount(id, delta);
                }
            });
        }
    }

    /**
     * The blocks' references: the product type and attributes must exist (share-locked until commit), member
     * levels too, and a member price stores the level's name from the database, not the client's.
     */
    private List<ProductRequest.MemberPrice> checkBlocks(ProductRequest request) {
        if (request.productAttributeCategoryId() != null
                && products.shareAttributeCategory(request.productAttributeCategoryId()) == null) {
            throw ApiException.badRequest("productAttributeCategoryId: 商品类型不存在");
        }
        List<Long> attributeIds = request.productAttributeValueList().stream()
                .map(ProductRequest.AttributeValue::productAttributeId).toList();
        List<Long> distinctAttributes = attributeIds.stream().distinct().sorted().toList();
        if (distinctAttributes.size() != attributeIds.size()) {
            throw ApiException.badRequest("productAttributeValueList.productAttributeId: 属性重复");
        }
        if (!distinctAttributes.isEmpty()) {
            List<Long> found = products.shareAttributes(distinctAttributes);
            if (found.size() != distinctAttributes.size()) {
                List<Long> missing = distinctAttributes.stream().filter(a -> !found.contains(a)).toList();
                throw ApiException.badRequest("productAttributeValueList.productAttributeId: 属性 " + missing + " 不存在");
            }
        }
        List<Long> levelIds = request.memberPriceList().stream().map(ProductRequest.MemberPrice::memberLevelId).toList();
        List<Long> distinctLevels = levelIds.stream().distinct().sorted().toList();
        if (distinctLevels.size() != levelIds.size()) {
            throw ApiException.badRequest("memberPriceList.memberLevelId: 会员等级重复");
        }
        if (distinctLevels.isEmpty()) {
            return List.of();
        }
        Map<Long, String> levels = new HashMap<>();
        products.memberLevels(distinctLevels).forEach(l -> levels.put(l.id(), l.name()));
        List<Long> missing = distinctLevels.stream().filter(l -> !levels.containsKey(l)).toList();
        if (!missing.isEmpty()) {
            throw ApiException.badRequest("memberPriceList.memberLevelId: 会员等级 " + missing + " 不存在");
        }
        return request.memberPriceList().stream()
                .map(p -> new ProductRequest.MemberPrice(p.memberLevelId(), p.memberPrice(), levels.get(p.memberLevelId())))
                .toList();
    }

    /**
     * Rules between fields of the request, checked before anything is locked. A full reduction may not take
     * off more than the spend that unlocks it: the shop spreads it over the lines, whose prices would go below
     * zero. The SKUs' stock must fit the product's sum column.
     */
    private static void checkFieldRules(ProductRequest request) {
        if (request.promotionStartTime() != null && request.promotionEndTime() != null
                && !request.promotionStartTime().isBefore(request.promotionEndTime())) {
            throw ApiException.invalid("promotionEndTime", "促销结束时间必须晚于开始时间");
        }
        if (request.promotionPrice() != null && request.promotionPrice().compareTo(request.price()) > 0) {
            throw ApiException.invalid("promotionPrice", "促销价不能高于售价");
        }
        List<ProductRequest.FullReduction> reductions = request.productFullReductionList();
        for (int i = 0; i < reductions.size(); i++) {
            if (reductions.get(i).reducePrice().compareTo(reductions.get(i).fullPrice()) > 0) {
                throw ApiException.invalid("productFullReductionList[" + i + "].reducePrice", "减免金额不能大于满减门槛 fullPrice");
            }
        }
        List<ProductRequest.Sku> skus = request.skuStockList();
        // the product's stock column (INT) holds the SKUs' sum: 22 SKUs of 100 million would overflow it
        if (skus.stream().mapToLong(ProductRequest.Sku::stock).sum() > Integer.MAX_VALUE) {
            throw ApiException.invalid("skuStockList", "库存合计不能超过 " + Integer.MAX_VALUE);
        }
        for (int i = 0; i < skus.size(); i++) {
            if (skus.get(i).promotionPrice() != null && skus.get(i).promotionPrice().compareTo(skus.get(i).price()) > 0) {
                throw ApiException.invalid("skuStockList[" + i + "].promotionPrice", "促销价不能高于售价");
            }
        }
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

    private void insertBlocks(long id, ProductRequest request, List<ProductRequest.MemberPrice> memberPrices) {
        if (!request.productAttributeValueList().isEmpty()) {
            products.insertAttributeValues(id, request.productAttributeValueList());
        }
        if (!memberPrices.isEmpty()) {
            products.insertMemberPrices(id, memberPrices);
        }
        if (!request.productLadderList().isEmpty()) {
            products.insertLadders(id, request.productLadderList());
        }
        if (!request.productFullReductionList().isEmpty()) {
            products.insertFullReductions(id, request.productFullReductionList());
        }
    }
}
