package com.perflab.mall.member;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Timeouts of the MongoDB driver. Its defaults wait 30 s to find a server and forever on a socket read, so a
 * MongoDB outage would hold Tomcat threads for half a minute per request; these make it a quick 503. Applied
 * after the connection string, so they win over options written into MALL_MONGODB_URI.
 */
@Configuration(proxyBeanMethods = false)
class MongoTimeoutsConfiguration {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    MongoClientSettingsBuilderCustomizer mongoTimeouts(
            @Value("${mall.member.mongodb.connect-timeout:2s}") Duration connect,
            @Value("${mall.member.mongodb.read-timeout:5s}") Duration read,
            @Value("${mall.member.mongodb.server-selection-timeout:3s}") Duration serverSelection) {
        return settings -> settings
                .applyToSocketSettings(socket -> socket
                        .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS))
                .applyToClusterSettings(cluster -> cluster
                        .serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS));
    }
}
