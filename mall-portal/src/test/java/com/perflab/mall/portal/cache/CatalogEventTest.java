package com.perflab.mall.portal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which back-office events are valid: what each type may or must name. */
class CatalogEventTest {

    static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    void aCouponEventNamesOneProductOrNone() {
        assertThat(new CatalogEvent(42L, "coupon", AT).valid()).isTrue();
        assertThat(new CatalogEvent(null, "coupon", AT).valid()).as("a coupon of every product").isTrue();
        assertThat(new CatalogEvent(0L, "coupon", AT).valid()).isFalse();
        assertThat(new CatalogEvent(-3L, "coupon", AT).valid()).isFalse();
        assertThat(new CatalogEvent(42L, "coupon", AT).coupon()).isTrue();
    }

    @Test
    void productAndHomeEventsAreAsBefore() {
        assertThat(new CatalogEvent(42L, "updated", AT).valid()).isTrue();
        assertThat(new CatalogEvent(null, "updated", AT).valid()).isFalse();
        assertThat(new CatalogEvent(null, "home", AT).valid()).isTrue();
        assertThat(new CatalogEvent(5L, "home", AT).valid()).isFalse();
        assertThat(new CatalogEvent(5L, "renamed", AT).valid()).isFalse();
        assertThat(new CatalogEvent(5L, "updated", AT).coupon()).isFalse();
    }
}
