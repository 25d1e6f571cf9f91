package com.perflab.mall.portal.category;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A top-level category with its visible children, shaped like the course system's category node: the
 * category's own fields, then {@code children}.
 */
record CategoryTreeNode(@JsonUnwrapped ProductCategory category, List<ProductCategory> children) {
}
