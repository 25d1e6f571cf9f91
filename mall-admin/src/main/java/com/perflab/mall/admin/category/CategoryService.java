package com.perflab.mall.admin.category;

import com.perflab.mall.admin.product.ProductChanged;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two-level category tree. The level always follows from the parent: parent 0 makes a top-level category,
 * any other parent must be a top-level one. Products hang on second-level categories and keep a copy of its
 * name; a top-level category's product count is the sum of its children's, so moving a child moves its count.
 */
@Service
class CategoryService {

    /** The category flags changeable in bulk and their columns. */
    enum Flag {
        NAV("nav_status"), SHOW("show_status");

        final String column;

        Flag(String column) {
            this.column = column;
        }
    }

    private final CategoryMapper categories;
    private final ApplicationEventPublisher events;

    CategoryService(CategoryMapper categories, ApplicationEventPublisher events) {
        this.categories = categories;
        this.events = events;
    }

    PageResult<ProductCategory> list(long parentId, PageQuery page) {
        long total = categories.countChildren(parentId);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, categories.children(parentId, page.offset(), page.pageSize()));
    }

    /** Top-level categories with their children, from one statement. */
    List<CategoryNode> tree() {
        List<ProductCategory> all = categories.all();
        Map<Long, List<ProductCategory>> children = all.stream().filter(c -> c.level() == 1)
                .collect(Collectors.groupingBy(ProductCategory::parentId, LinkedHashMap::new, Collectors.toList()));
        return all.stream().filter(c -> c.level() == 0)
                .map(c -> new CategoryNode(c, children.getOrDefault(c.id(), List.of())))
                .toList();
    }

    ProductCategory get(long id) {
        ProductCategory category = categories.findById(id);
        if (category == null) {
            throw ApiException.notFound("商品分类不存在");
        }
        return category;
    }

    @Transactional
    ProductCategory create(CategoryRequest request) {
        int level = 0;
        if (request.parentId() != 0) {
            // the parent stays locked, so it cannot be deleted or moved under another category meanwhile
            List<ProductCategory> parent = categories.lockAll(List.of(request.parentId()));
            level = levelUnder(parent.isEmpty() ? null : parent.get(0));
        }
        checkAttributes(request.productAttributeIdList());
        categories.insert(request, level);
        long id = categories.lastInsertId();
        if (request.productAttributeIdList() != null && !request.productAttributeIdList().isEmpty()) {
            categories.insertAttributeRelations(id, request.productAttributeIdList());
        }
        return get(id);
    }

    @Transactional
    ProductCategory update(long id, CategoryRequest request) {
        if (request.parentId() == id) {
            throw ApiException.badRequest("parentId: 分类不能以自己为上级");
        }
        ProductCategory seen = get(id);
        // the category, its current and its new parent, locked in id order
        TreeSet<Long> ids = new TreeSet<>(List.of(id));
        if (seen.parentId() != 0) {
            ids.add(seen.parentId());
        }
        if (request.parentId() != 0) {
            ids.add(request.parentId());
        }
        Map<Long, ProductCategory> locked = categories.lockAll(List.copyOf(ids)).stream()
                .collect(Collectors.toMap(ProductCategory::id, Function.identity()));
        ProductCategory current = locked.get(id);
        if (current == null) {
            throw ApiException.notFound("商品分类不存在");
        }
        if (current.parentId() != seen.parentId()) {
            throw ApiException.conflict("分类已被同时修改，请刷新后重试");
        }
        int level = request.parentId() == 0 ? 0 : levelUnder(locked.get(request.parentId()));
        if (level == 1 && categories.lockAnyChild(id) != null) {
            throw ApiException.conflict("parentId: 该分类下还有子分类，不能移到其他分类下");
        }
        if (level == 0 && current.level() == 1 && categories.lockAnyProduct(id) != null) {
            throw ApiException.conflict("parentId: 该分类下还有商品，不能改为一级分类");
        }
        checkAttributes(request.productAttributeIdList());

        categories.update(id, request, level);
        if (current.parentId() != request.parentId() && current.productCount() != 0) {
            if (current.parentId() != 0) {
                categories.addProductCount(current.parentId(), -current.productCount());
            }
            if (request.parentId() != 0) {
                categories.addProductCount(request.parentId(), current.productCount());
            }
        }
        if (!current.name().equals(request.name())) {
            List<Long> affected = categories.lockLiveProducts(id);
            categories.renameInProducts(id, request.name());
            if (!affected.isEmpty()) {
                events.publishEvent(ProductChanged.updated(affected));
            }
        }
        if (request.productAttributeIdList() != null) {
            categories.deleteAttributeRelations(id);
            if (!request.productAttributeIdList().isEmpty()) {
                categories.insertAttributeRelations(id, request.productAttributeIdList());
            }
        }
        return get(id);
    }

    /** Refused while children or products (deleted ones included: they keep the reference) point at it. */
    @Transactional
    void delete(long id) {
        if (categories.lockAll(List.of(id)).isEmpty()) {
            throw ApiException.notFound("商品分类不存在");
        }
        if (categories.lockAnyChild(id) != null) {
            throw ApiException.conflict("该分类下还有子分类，不能删除");
        }
        if (categories.lockAnyProduct(id) != null) {
            throw ApiException.conflict("该分类下还有商品，不能删除");
        }
        categories.deleteAttributeRelations(id);
        categories.delete(id);
    }

    @Transactional
    void updateFlag(Flag flag, List<Long> ids, int value) {
        List<Long> distinct = ids.stream().distinct().sorted().toList();
        if (categories.lockAll(distinct).size() != distinct.size()) {
            throw ApiException.badRequest("ids: 含有不存在的分类");
        }
        categories.updateStatus(flag.column, distinct, value);
    }

    /** Level of a child of {@code parent}: only top-level categories take children (two levels). */
    private static int levelUnder(ProductCategory parent) {
        if (parent == null) {
            throw ApiException.badRequest("parentId: 上级分类不存在");
        }
        if (parent.level() != 0) {
            throw ApiException.badRequest("parentId: 上级分类必须是一级分类");
        }
        return 1;
    }

    private void checkAttributes(List<Long> attributeIds) {
        if (attributeIds == null || attributeIds.isEmpty()) {
            return;
        }
        List<Long> found = categories.existingAttributes(attributeIds);
        if (found.size() != attributeIds.size()) {
            List<Long> missing = attributeIds.stream().filter(a -> !found.contains(a)).toList();
            throw ApiException.badRequest("productAttributeIdList: 属性 " + missing + " 不存在");
        }
    }
}
