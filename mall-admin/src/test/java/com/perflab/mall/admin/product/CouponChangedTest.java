package com.perflab.mall.admin.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which product pages a coupon change concerns: the products of the coupon before and after, or every page. */
class CouponChangedTest {

    @Test
    void aCouponOfChosenProductsConcernsTheirPagesOnce() {
        CouponChanged changed = CouponChanged.of(List.of(3L, 27L, 3L));
        assertThat(changed.everyProduct()).isFalse();
        assertThat(changed.productIds()).containsExactlyInAnyOrder(3L, 27L);
    }

    @Test
    void anEditedCouponConcernsThePagesOfItsProductsBeforeAndAfter() {
        CouponChanged changed = CouponChanged.of(List.of(3L, 5L)).and(CouponChanged.of(List.of(5L, 27L)));
        assertThat(changed.everyProduct()).isFalse();
        assertThat(changed.productIds()).containsExactlyInAnyOrder(3L, 5L, 27L);
    }

    @Test
    void everyPageWhenTheCouponIsOrWasOfEveryProductOrOfCategories() {
        assertThat(CouponChanged.of(List.of(3L)).and(CouponChanged.EVERY_PRODUCT)).isEqualTo(CouponChanged.EVERY_PRODUCT);
        assertThat(CouponChanged.EVERY_PRODUCT.and(CouponChanged.of(List.of(3L)))).isEqualTo(CouponChanged.EVERY_PRODUCT);
        assertThat(new CouponChanged(Set.of(3L), true).productIds()).as("no product list with every page")
                .isEmpty();
    }
}
