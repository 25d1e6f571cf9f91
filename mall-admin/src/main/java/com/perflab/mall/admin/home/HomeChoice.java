package com.perflab.mall.admin.home;

/** A row of one of the home page's pick lists, whatever it points at. */
record HomeChoice(long id, long refId, String refName, int recommendStatus, int sort) {

    /** A pick as its list answers it: the course system names the reference after what it points at. */
    record Brand(long id, long brandId, String brandName, int recommendStatus, int sort) {
    }

    record Product(long id, long productId, String productName, int recommendStatus, int sort) {
    }

    record Subject(long id, long subjectId, String subjectName, int recommendStatus, int sort) {
    }

    Brand asBrand() {
        return new Brand(id, refId, refName, recommendStatus, sort);
    }

    Product asProduct() {
        return new Product(id, refId, refName, recommendStatus, sort);
    }

    Subject asSubject() {
        return new Subject(id, refId, refName, recommendStatus, sort);
    }
}
