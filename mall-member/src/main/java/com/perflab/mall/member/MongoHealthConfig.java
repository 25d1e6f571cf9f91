package com.perflab.mall.member;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@code mongo} health component, checked with {@code ping}. Spring Boot's own indicator sends
 * {@code hello}, which the local lab's embedded wire-compatible server does not know; {@code ping} is
 * answered by it and by every real mongod alike. The bean name replaces Boot's indicator.
 */
@Configuration(proxyBeanMethods = false)
class MongoHealthConfig {

    @Bean
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new AbstractHealthIndicator("MongoDB health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document reply = mongo.executeCommand(new Document("ping", 1));
                builder.status(reply.get("ok", Number.class).intValue() == 1 ? "UP" : "DOWN")
                        .withDetail("database", mongo.getDb().getName());
            }
        };
    }
}
