package com.perflab.mall.portal.category;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

@Service
class CategoryService {

    private final CategoryMapper categoryMapper;

    CategoryService(CategoryMapper categoryMapper) {
        this.categoryMapper = categoryMapper;
    }

    List<ProductCategory> children(long parentId) {
        return categoryMapper.findVisibleChildren(parentId);
    }

    /** Top-level categories with their children; a child whose parent is hidden is left out with it. */
    List<CategoryTreeNode> tree() {
        Map<Long, List<ProductCategory>> byParent = categoryMapper.findAllVisible().stream()
                .collect(Collectors.groupingBy(ProductCategory::parentId, LinkedHashMap::new, Collectors.toList()));
        List<CategoryTreeNode> tree = new ArrayList<>();
        for (ProductCategory top : byParent.getOrDefault(0L, List.of())) {
            tree.add(new CategoryTreeNode(top, List.copyOf(byParent.getOrDefault(top.id(), List.of()))));
        }
        return tree;
    }
}
