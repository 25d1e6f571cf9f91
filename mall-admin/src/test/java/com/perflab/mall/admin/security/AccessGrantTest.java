package com.perflab.mall.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessGrantTest {

    @Test
    void matchesAntPatternsOnly() {
        AccessGrant grant = new AccessGrant(true, false, List.of("/order/**", "/returnApply/**"));
        assertThat(grant.allows("/order/list")).isTrue();
        assertThat(grant.allows("/order/update/note")).isTrue();
        assertThat(grant.allows("/orderSetting/1")).isFalse();
        assertThat(grant.allows("/admin/list")).isFalse();
        assertThat(new AccessGrant(true, true, List.of()).allows("/anything")).isTrue();
    }

    @Test
    void survivesTheCacheRoundTrip() {
        AccessGrant grant = new AccessGrant(true, false, List.of("/order/**", "/home/**"));
        assertThat(AccessGrant.parse(grant.serialize())).isEqualTo(grant);
        AccessGrant none = new AccessGrant(false, false, List.of());
        assertThat(AccessGrant.parse(none.serialize())).isEqualTo(none);
        AccessGrant all = new AccessGrant(true, true, List.of());
        assertThat(AccessGrant.parse(all.serialize())).isEqualTo(all);
    }
}
