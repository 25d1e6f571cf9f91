package com.perflab.mall.admin.attribute;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * {@code GET /productAttribute/category/list/withAttr}: every product type with its params (type 1), the
 * attributes a category's filter can be built from.
 */
record AttributeCategoryWithAttrs(@JsonUnwrapped AttributeCategory category, List<Attribute> productAttributeList) {
}
