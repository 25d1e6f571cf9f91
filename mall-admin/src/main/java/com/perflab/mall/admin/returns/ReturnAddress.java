package com.perflab.mall.admin.returns;

/** The warehouse a return goes to (oms_company_address), as shown with the request. */
record ReturnAddress(long id, String addressName, int sendStatus, int receiveStatus, String name, String phone,
                     String province, String city, String region, String detailAddress) {
}
