package com.perflab.mall.admin.member;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Query parameters of {@code GET /member/list}: the keyword matches the start of the username or phone (so
 * their unique indexes serve it) or anywhere in the nickname.
 */
record MemberFilter(@Size(max = 64) String keyword,
                    @Min(0) @Max(1) Integer status,
                    @Positive Long memberLevelId) {

    MemberFilter {
        keyword = keyword == null || keyword.isBlank() ? null : keyword.trim();
    }
}
