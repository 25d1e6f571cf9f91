package com.perflab.mall.admin.attribute;

/** {@code GET /productAttribute/attrInfo/{productCategoryId}}: one filter attribute of a product category. */
record AttrInfo(long attributeId, long attributeCategoryId) {
}
