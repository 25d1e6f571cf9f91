package com.perflab.mall.admin.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service through MockMvc, on the real MariaDB and Redis of the local lab, with the default
 * (local) profile. Tests use database {@code mall_test}, migrated and seeded like {@code mall}, and a
 * Redis key namespace of their own, so they never touch the lab's data; product events go to an exchange of
 * their own, so mall-search never sees them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"MALL_DB_NAME=${MALL_TEST_DB_NAME:mall_test}", "mall.admin.bcrypt-strength=4",
        "mall.admin.product-events.exchange=" + AdminApiTest.PRODUCT_EVENT_EXCHANGE})
public @interface AdminApiTest {

    String PRODUCT_EVENT_EXCHANGE = "mall-test.admin.product.event";
}
