package com.perflab.mall.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.common.config.ServiceConfigContract;
import com.perflab.mall.common.config.ServiceConfigFiles;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The local and cluster profiles of mall-member as they are written in its configuration files. */
class MemberConfigTest extends ServiceConfigContract {

    MemberConfigTest() {
        super("mall-member");
    }

    @Test
    void onlyTheLocalLabReturnsAuthCodesInTheReply() {
        assertThat(ServiceConfigFiles.forProfile("local", Map.of()).get("mall.member.auth-code.expose"))
                .isEqualTo("true");
        assertThat(ServiceConfigFiles.forProfile("cluster", Map.of()).get("mall.member.auth-code.expose"))
                .isEqualTo("false");
    }

    @Test
    void bcryptCostDefaultsTo10AndFollowsTheEnvironment() {
        assertThat(ServiceConfigFiles.forProfile("local", Map.of()).get("mall.member.bcrypt-strength"))
                .isEqualTo("10");
        assertThat(ServiceConfigFiles.forProfile("cluster", Map.of("MALL_MEMBER_BCRYPT_STRENGTH", "12"))
                .get("mall.member.bcrypt-strength")).isEqualTo("12");
    }
}
