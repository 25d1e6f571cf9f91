package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 in a real browser: headless Debian chromium (/usr/bin/chromium) driven by playwright-core
 * (mall-e2e/browser/*.mjs) through the gateway's shop (/) and back office (/admin/). A shopper registers,
 * logs in, searches, adds a SKU to the cart, orders and pays; an admin edits a product's price and the
 * shop shows it; an admin creates a product of two SKU dimensions that search and the shop then offer. Console errors fail a scenario; screenshots go to mall-e2e/target/screenshots.
 *
 * <p>By default against the e2e run's own services ({@link PrivateLab#shared()}); {@code -Dmall.web.baseUrl=http://...}
 * points it at another gateway (a side lab), which must have its search index built.
 */
class WebPagesBrowserTest {

    static String baseUrl;

    @BeforeAll
    static void prepare() throws Exception {
        Browser.prepare();
        String configured = System.getProperty("mall.web.baseUrl", "");
        if (configured.isBlank()) {
            PrivateLab lab = PrivateLab.shared();
            // the shopper searches: the e2e index must hold the catalog
            assertThat(lab.importAll().statusCode()).isEqualTo(200);
            baseUrl = lab.gateway();
        } else {
            baseUrl = configured;
        }
    }

    @Test
    void shopperRegistersSearchesOrdersAndPays() throws Exception {
        Browser.scenario("shop", Map.of("MALL_WEB_BASE_URL", baseUrl));
    }

    @Test
    void adminEditsAPriceThatTheShopThenShows() throws Exception {
        Browser.scenario("admin", Map.of("MALL_WEB_BASE_URL", baseUrl));
    }

    @Test
    void adminOffersAProductInTheRunningFlashSlotAndAShopperBuysItAtTheFlashPrice() throws Exception {
        Browser.scenario("flash", Map.of("MALL_WEB_BASE_URL", baseUrl));
    }

    @Test
    void adminCreatesAProductWithTwoSkuDimensionsThatTheShopAndSearchOffer() throws Exception {
        Browser.scenario("product", Map.of("MALL_WEB_BASE_URL", baseUrl));
    }

    @Test
    void adminPutsAnAdvertABrandAndANewProductOnTheShopsHomePage() throws Exception {
        Browser.scenario("home", Map.of("MALL_WEB_BASE_URL", baseUrl));
    }

    @Test
    void adminMakesACouponThatAShopperClaimsOnTheProductPageAndUsesAtCheckout() throws Exception {
        Browser.scenario("coupon", Map.of("MALL_WEB_BASE_URL", baseUrl));
    }
}
