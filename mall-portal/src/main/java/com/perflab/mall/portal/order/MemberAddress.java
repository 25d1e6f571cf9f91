package com.perflab.mall.portal.order;

/** ums_member_receive_address of the member. */
record MemberAddress(long id, long memberId, String name, String phoneNumber, int defaultStatus, String postCode,
                     String province, String city, String region, String detailAddress) {

    static final String COLUMNS = "a.id, a.member_id, a.name, a.phone_number, a.default_status, a.post_code,"
            + " a.province, a.city, a.region, a.detail_address";
}
