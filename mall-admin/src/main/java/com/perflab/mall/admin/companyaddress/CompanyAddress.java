package com.perflab.mall.admin.companyaddress;

/** A warehouse address (oms_company_address): sendStatus 1 = default for shipping, receiveStatus 1 = for returns. */
record CompanyAddress(long id, String addressName, int sendStatus, int receiveStatus, String name, String phone,
                      String province, String city, String region, String detailAddress) {

    static final String COLUMNS = "id, address_name, send_status, receive_status, name, phone, province, city,"
            + " region, detail_address";
}
