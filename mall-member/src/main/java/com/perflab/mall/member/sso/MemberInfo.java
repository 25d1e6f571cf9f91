package com.perflab.mall.member.sso;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * {@code GET /sso/info}: the member's own profile. It has no password field at all, so no mapping
 * mistake can leak the hash.
 */
record MemberInfo(long id, String username, String nickname, String phone, String icon, int gender,
                  LocalDate birthday, String city, String job, String personalizedSignature, int sourceType,
                  int integration, int growth, int historyIntegration, int luckeyCount, Long memberLevelId,
                  String memberLevelName, int status, LocalDateTime createTime) {

    static final String COLUMNS = "m.id, m.username, m.nickname, m.phone, m.icon, m.gender, m.birthday, m.city,"
            + " m.job, m.personalized_signature, m.source_type, m.integration, m.growth, m.history_integration,"
            + " m.luckey_count, m.member_level_id, l.name AS member_level_name, m.status, m.create_time";
}
