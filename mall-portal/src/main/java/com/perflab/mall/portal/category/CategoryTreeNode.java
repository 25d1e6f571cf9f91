package com.perflab.mall.portal.category;

import java.util.List;

/** A top-level category with its visible children, shaped like the course system's category node. */
record CategoryTreeNode(
        Long id,
        Long parentId,
        String name,
        Integer level,
        Integer productCount,
        String productUnit,
        Integer navStatus,
        Integer showStatus,
        Integer sort,
        String icon,
        String keywords,
        String description,
        List<ProductCategory> children) {

    static CategoryTreeNode of(ProductCategory top, List<ProductCategory> children) {
        return new CategoryTreeNode(top.id(), top.parentId(), top.name(), top.level(), top.productCount(),
                top.productUnit(), top.navStatus(), top.showStatus(), top.sort(), top.icon(), top.keywords(),
                top.description(), List.copyOf(children));
    }
}
