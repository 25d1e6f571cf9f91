package com.perflab.mall.member.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service through MockMvc, on the real MariaDB, Redis and MongoDB of the local lab, with the
 * default (local) profile. Only the database name differs: tests use {@code mall_test}, migrated and
 * seeded like {@code mall}, so they never touch the lab's data; MongoDB likewise uses the database of
 * that name on the lab's server (the embedded one, or the mongod MALL_MONGODB_URI names).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"MALL_DB_NAME=${MALL_TEST_DB_NAME:mall_test}", "spring.mongodb.database=${MALL_TEST_DB_NAME:mall_test}"})
public @interface MemberApiTest {
}
