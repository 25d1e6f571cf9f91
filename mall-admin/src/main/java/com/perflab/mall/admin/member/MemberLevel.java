package com.perflab.mall.admin.member;

import java.math.BigDecimal;

/** A member level (ums_member_level). */
record MemberLevel(long id, String name, int growthPoint, int defaultStatus, BigDecimal freeFreightPoint,
                   int commentGrowthPoint, int priviledgeFreeFreight, int priviledgeSignIn, int priviledgeComment,
                   int priviledgePromotion, int priviledgeMemberPrice, int priviledgeBirthday, String note) {

    static final String COLUMNS = "id, name, growth_point, default_status, free_freight_point, comment_growth_point,"
            + " priviledge_free_freight, priviledge_sign_in, priviledge_comment, priviledge_promotion,"
            + " priviledge_member_price, priviledge_birthday, note";
}
