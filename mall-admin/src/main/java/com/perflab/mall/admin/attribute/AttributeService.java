package com.perflab.mall.admin.attribute;

import com.perflab.mall.admin.product.ProductChanged;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product types (attribute categories) and their attributes. A type's {@code attribute_count} (specs) and
 * {@code param_count} (params) change in the transaction that adds, moves or deletes an attribute, by relative
 * updates under the type's row lock. A type still used by attributes or products is not deleted (409): its
 * attributes are deleted first, one by one, which is refused while products hold values of them, so no
 * product ever loses attribute values to a delete.
 */
@Service
class AttributeService {

    private final AttributeMapper attributes;
    private final ApplicationEventPublisher events;

    AttributeService(AttributeMapper attributes, ApplicationEventPublisher events) {
        this.attributes = attributes;
        this.events = events;
    }

    // ---- product types

    PageResult<AttributeCategory> categories(PageQuery page) {
        long total = attributes.countCategories();
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, attributes.categoryPage(page.offset(), page.pageSize()));
    }

    /** Two statements for all types and all their params. */
    List<AttributeCategoryWithAttrs> categoriesWithParams() {
        Map<Long, List<Attribute>> params = attributes.allOfType(1).stream()
                .collect(Collectors.groupingBy(Attribute::productAttributeCategoryId));
        return attributes.allCategories().stream()
                .map(c -> new AttributeCategoryWithAttrs(c, params.getOrDefault(c.id(), List.of())))
                .toList();
    }

    AttributeCategory category(long id) {
        AttributeCategory category = attributes.findCategory(id);
        if (category == null) {
            throw ApiException.notFound("商品类型不存在");
        }
        return category;
    }

    @Transactional
    AttributeCategory createCategory(String name) {
        attributes.insertCategory(name);
        return category(attributes.lastInsertId());
    }

    @Transactional
    AttributeCategory renameCategory(long id, String name) {
        if (attributes.renameCategory(id, name) == 0 && attributes.findCategory(id) == null) {
            throw ApiException.notFound("商品类型不存在");
        }
        return category(id);
    }

    @Transactional
    void deleteCategory(long id) {
        if (attributes.lockCategories(List.of(id)).isEmpty()) {
            throw ApiException.notFound("商品类型不存在");
        }
        if (attributes.lockAnyAttribute(id) != null) {
            throw ApiException.conflict("该商品类型下还有属性，请先删除属性");
        }
        if (attributes.lockAnyProductOfCategory(id) != null) {
            throw ApiException.conflict("还有商品使用该商品类型，不能删除");
        }
        attributes.deleteCategory(id);
    }

    // ---- attributes

    PageResult<Attribute> list(long categoryId, int type, PageQuery page) {
        category(categoryId);
        long total = attributes.countAttributes(categoryId, type);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, attributes.attributePage(categoryId, type, page.offset(), page.pageSize()));
    }

    Attribute get(long id) {
        Attribute attribute = attributes.findAttribute(id);
        if (attribute == null) {
            throw ApiException.notFound("商品属性不存在");
        }
        return attribute;
    }

    @Transactional
    Attribute create(AttributeRequest request) {
        long categoryId = request.productAttributeCategoryId();
        if (attributes.lockCategories(List.of(categoryId)).isEmpty()) {
            throw ApiException.badRequest("productAttributeCategoryId: 商品类型不存在");
        }
        attributes.insertAttribute(request);
        long id = attributes.lastInsertId();
        count(categoryId, request.type(), 1);
        announce(List.of(categoryId), List.of(id));
        return get(id);
    }

    @Transactional
    Attribute update(long id, AttributeRequest request) {
        Attribute seen = get(id);
        long newCategory = request.productAttributeCategoryId();
        TreeSet<Long> types = new TreeSet<>(List.of(seen.productAttributeCategoryId(), newCategory));
        List<Long> locked = attributes.lockCategories(List.copyOf(types)).stream().map(AttributeCategory::id).toList();
        if (!locked.contains(newCategory)) {
            throw ApiException.badRequest("productAttributeCategoryId: 商品类型不存在");
        }
        List<Attribute> current = attributes.lockAttributes(List.of(id));
        if (current.isEmpty()) {
            throw ApiException.notFound("商品属性不存在");
        }
        Attribute attribute = current.get(0);
        if (attribute.productAttributeCategoryId() != seen.productAttributeCategoryId()) {
            // moved by a concurrent update after we read it: its old type is not the one we locked
            throw ApiException.conflict("商品属性已被同时修改，请刷新后重试");
        }
        attributes.updateAttribute(id, request);
        if (attribute.productAttributeCategoryId() != newCategory || attribute.type() != request.type()) {
            count(attribute.productAttributeCategoryId(), attribute.type(), -1);
            count(newCategory, request.type(), 1);
        }
        announce(List.copyOf(types), List.of(id));
        return get(id);
    }

    /** Up to 100 attributes; refused whole (409) while any product holds a value of one of them. */
    @Transactional
    void delete(List<Long> ids) {
        List<Long> distinct = ids.stream().distinct().sorted().toList();
        List<Attribute> seen = attributes.findAttributes(distinct);
        if (seen.size() != distinct.size()) {
            throw ApiException.badRequest("ids: 含有不存在的商品属性");
        }
        List<Long> types = seen.stream().map(Attribute::productAttributeCategoryId).distinct().sorted().toList();
        attributes.lockCategories(types);
        Map<Long, Attribute> locked = attributes.lockAttributes(distinct).stream()
                .collect(Collectors.toMap(Attribute::id, Function.identity()));
        for (Attribute before : seen) {
            Attribute now = locked.get(before.id());
            if (now == null) {
                throw ApiException.badRequest("ids: 含有不存在的商品属性");
            }
            if (now.productAttributeCategoryId() != before.productAttributeCategoryId()) {
                throw ApiException.conflict("商品属性已被同时修改，请刷新后重试");
            }
        }
        List<Long> used = attributes.lockUsedAttributes(distinct).stream().distinct().sorted().toList();
        if (!used.isEmpty()) {
            throw ApiException.conflict("ids: 属性 " + used + " 还有商品在使用，不能删除");
        }
        List<Long> affected = attributes.affectedProducts(types, distinct);
        attributes.deleteCategoryRelations(distinct);
        attributes.deleteAttributes(distinct);
        Map<Long, int[]> deltas = new TreeMap<>();
        for (Attribute a : locked.values()) {
            deltas.computeIfAbsent(a.productAttributeCategoryId(), k -> new int[2])[a.type()]--;
        }
        deltas.forEach((type, d) -> attributes.addCounts(type, d[0], d[1]));
        if (!affected.isEmpty()) {
            events.publishEvent(ProductChanged.updated(affected));
        }
    }

    List<AttrInfo> attrInfo(long productCategoryId) {
        if (!attributes.productCategoryExists(productCategoryId)) {
            throw ApiException.notFound("商品分类不存在");
        }
        return attributes.attrInfo(productCategoryId);
    }

    private void count(long categoryId, int type, int delta) {
        attributes.addCounts(categoryId, type == 0 ? delta : 0, type == 1 ? delta : 0);
    }

    /**
     * The portal's product detail lists the attributes of the product's type, and the search index carries the
     * names of the attributes a product has values of: both change with the attribute.
     */
    private void announce(List<Long> categoryIds, List<Long> attributeIds) {
        List<Long> affected = attributes.affectedProducts(categoryIds, attributeIds);
        if (!affected.isEmpty()) {
            events.publishEvent(ProductChanged.updated(affected));
        }
    }
}
