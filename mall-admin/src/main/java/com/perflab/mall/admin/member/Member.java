package com.perflab.mall.admin.member;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A shop member as the back office shows it; the password hash is never selected, so it can never leak. */
record Member(long id, Long memberLevelId, String memberLevelName, String username, String nickname, String phone,
              int status, LocalDateTime createTime, String icon, int gender, LocalDate birthday, String city,
              String job, String personalizedSignature, int sourceType, int integration, int growth,
              int luckeyCount, int historyIntegration) {

    static final String COLUMNS = "m.id, m.member_level_id, l.name AS member_level_name, m.username, m.nickname,"
            + " m.phone, m.status, m.create_time, m.icon, m.gender, m.birthday, m.city, m.job,"
            + " m.personalized_signature, m.source_type, m.integration, m.growth, m.luckey_count,"
            + " m.history_integration";
    static final String FROM = " FROM ums_member m LEFT JOIN ums_member_level l ON l.id = m.member_level_id";
}
