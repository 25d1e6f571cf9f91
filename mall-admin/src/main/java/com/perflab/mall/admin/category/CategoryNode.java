package com.perflab.mall.admin.category;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** {@code GET /productCategory/list/withChildren}: a top-level category with its children. */
record CategoryNode(@JsonUnwrapped ProductCategory category, List<ProductCategory> children) {
}
