package com.perflab.mall.gateway.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical spelling of a path, and what is refused rather than guessed. */
class CanonicalPathTest {

    @ParameterizedTest
    @CsvSource({
            "/, /",
            "'', /",
            "//, /",
            "/mall-portal/home/content, /mall-portal/home/content",
            "/mall-portal//home///content, /mall-portal/home/content",
            "//mall-portal/home/content, /mall-portal/home/content",
            "/admin/, /admin/",
            "/admin//, /admin/",
            "/mall%2dportal/home, /mall-portal/home",
            "/mall-portal/%61ctuator/env, /mall-portal/actuator/env",
            "/mall-portal/product/search/%e6%89%8b, /mall-portal/product/search/%E6%89%8B",
            "/mall-portal/product/a%20b, /mall-portal/product/a%20b",
            "/mall-portal/product/a+b, /mall-portal/product/a+b",
            "/mall-portal/...x/.hidden, /mall-portal/...x/.hidden"})
    void resolvesTo(String raw, String canonical) throws Exception {
        assertThat(CanonicalPath.of(raw)).isEqualTo(canonical);
        assertThat(CanonicalPath.of(canonical)).as("canonical is a fixed point").isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.", "/..", "/a/./b", "/a/../b", "/a/..", "/%2e/a", "/%2E%2E/a", "/.%2e/a",
            "/a;b", "/a/b;jsessionid=1", "/a%3bb", "/a%2fb", "/a%2Fb", "/a%5cb", "/a\\b", "/a%25b", "/a%252fb",
            "/a%00", "/a%0d%0a", "/a%7f", "/a%c2%85", "/a%", "/a%2", "/a%zz", "/a%ff", "/a%c0%ae", "/a b",
            "/\u00e9", "a/b"})
    void refuses(String raw) {
        assertThatThrownBy(() -> CanonicalPath.of(raw)).isInstanceOf(CanonicalPath.Refused.class);
    }
}
