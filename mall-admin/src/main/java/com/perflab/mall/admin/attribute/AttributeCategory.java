package com.perflab.mall.admin.attribute;

/** A product type (group of attributes) with its counts of specs (type 0) and params (type 1). */
record AttributeCategory(long id, String name, int attributeCount, int paramCount) {

    static final String COLUMNS = "id, name, attribute_count, param_count";
}
