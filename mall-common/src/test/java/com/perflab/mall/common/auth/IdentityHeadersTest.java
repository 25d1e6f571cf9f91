package com.perflab.mall.common.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityHeadersTest {

    @Test
    void userSurvivesTheRoundTripIncludingChineseNames() {
        AuthenticatedUser user = AuthenticatedUser.admin(3, "张三 admin", List.of("订单管理员", "商品管理员"));
        Map<String, String> headers = IdentityHeaders.of(user);
        assertThat(headers.values()).allMatch(v -> v.chars().allMatch(c -> c < 128), "ASCII-only header values");
        assertThat(IdentityHeaders.read(headers::get)).isEqualTo(user);
    }

    @Test
    void missingOrMalformedHeadersMeanNoUser() {
        assertThat(IdentityHeaders.read(Map.<String, String>of()::get)).isNull();
        assertThat(IdentityHeaders.read(Map.of(IdentityHeaders.USER_ID, "x", IdentityHeaders.USER_TYPE, "MEMBER")::get)).isNull();
        assertThat(IdentityHeaders.read(Map.of(IdentityHeaders.USER_ID, "1", IdentityHeaders.USER_TYPE, "ROOT")::get)).isNull();
    }

    @Test
    void identityHeadersAreRecognisedWhateverTheirCase() {
        assertThat(IdentityHeaders.isIdentityHeader("x-mall-user-id")).isTrue();
        assertThat(IdentityHeaders.isIdentityHeader("X-MALL-ANYTHING")).isTrue();
        assertThat(IdentityHeaders.isIdentityHeader("Authorization")).isFalse();
    }
}
