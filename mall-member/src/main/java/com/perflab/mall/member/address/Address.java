package com.perflab.mall.member.address;

/** A receive address as the member sees it. */
record Address(long id, long memberId, String name, String phoneNumber, int defaultStatus, String postCode,
               String province, String city, String region, String detailAddress) {

    static final String COLUMNS = "id, member_id, name, phone_number, default_status, post_code, province, city,"
            + " region, detail_address";
}
