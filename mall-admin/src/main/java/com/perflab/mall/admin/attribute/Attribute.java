package com.perflab.mall.admin.attribute;

/** A product attribute: a spec (type 0, makes SKUs) or a param (type 1). */
record Attribute(long id, long productAttributeCategoryId, String name, int selectType, int inputType,
                 String inputList, int sort, int filterType, int searchType, int relatedStatus, int handAddStatus,
                 int type) {

    static final String COLUMNS = "id, product_attribute_category_id, name, select_type, input_type, input_list, sort,"
            + " filter_type, search_type, related_status, hand_add_status, type";
}
