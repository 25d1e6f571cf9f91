package com.perflab.mall.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service on the real middleware: database {@code mall_test} (migrated and seeded), the local
 * Elasticsearch under a random alias, and the test exchange/queues (src/test/resources/config). One context
 * for all classes with this annotation; it is the only one whose listener consumes product events.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"MALL_DB_NAME=${MALL_TEST_DB_NAME:mall_test}", "spring.rabbitmq.listener.simple.auto-startup=true"})
public @interface SearchIntegrationTest {
}
