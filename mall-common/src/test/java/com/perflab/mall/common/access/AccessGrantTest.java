package com.perflab.mall.common.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessGrantTest {

    @Test
    void matchesAntPatternsOnly() {
        AccessGrant grant = new AccessGrant(true, false, List.of("/order/**", "/returnApply/**"));
        assertThat(grant.allows("mall-admin", "/order/list")).isTrue();
        assertThat(grant.allows("mall-admin", "/order/update/note")).isTrue();
        assertThat(grant.allows("mall-admin", "/orderSetting/1")).isFalse();
        assertThat(grant.allows("mall-admin", "/admin/list")).isFalse();
        assertThat(new AccessGrant(true, true, List.of()).allows("mall-admin", "/anything")).isTrue();
        assertThat(new AccessGrant(true, true, List.of()).allows("mall-search", "/esProduct/importAll")).isTrue();
    }

    @Test
    void aResourceOpensPathsOfItsOwnServiceOnly() {
        AccessGrant backOffice = new AccessGrant(true, false, List.of("/**", "/esProduct/**"));
        assertThat(backOffice.allows("mall-admin", "/product/list")).isTrue();
        assertThat(backOffice.allows("mall-search", "/esProduct/importAll"))
                .as("unprefixed resources are the back office's").isFalse();

        AccessGrant search = new AccessGrant(true, false, List.of("/mall-search/esProduct/**"));
        assertThat(search.allows("mall-search", "/esProduct/importAll")).isTrue();
        assertThat(search.allows("mall-search", "/esProduct/delete/7")).isTrue();
        assertThat(search.allows("mall-admin", "/esProduct/importAll")).isFalse();
        assertThat(search.allows("mall-admin", "/mall-search/esProduct/importAll")).isFalse();
        assertThat(search.allows("mall-portal", "/esProduct/importAll")).isFalse();

        AccessGrant deleteOnly = new AccessGrant(true, false, List.of("/mall-search/esProduct/delete/**"));
        assertThat(deleteOnly.allows("mall-search", "/esProduct/delete/batch")).isTrue();
        assertThat(deleteOnly.allows("mall-search", "/esProduct/importAll")).isFalse();

        AccessGrant prefixLookalike = new AccessGrant(true, false, List.of("/mall-searchx/**", "/mall-search**"));
        assertThat(prefixLookalike.allows("mall-search", "/esProduct/importAll")).isFalse();
    }

    @Test
    void survivesTheCacheRoundTrip() {
        AccessGrant grant = new AccessGrant(true, false, List.of("/order/**", "/mall-search/esProduct/**"));
        assertThat(AccessGrant.parse(grant.serialize())).isEqualTo(grant);
        AccessGrant none = new AccessGrant(false, false, List.of());
        assertThat(AccessGrant.parse(none.serialize())).isEqualTo(none);
        AccessGrant all = new AccessGrant(true, true, List.of());
        assertThat(AccessGrant.parse(all.serialize())).isEqualTo(all);
    }
}
