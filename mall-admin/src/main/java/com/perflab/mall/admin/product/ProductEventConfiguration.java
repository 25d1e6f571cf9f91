package com.perflab.mall.admin.product;

import org.springframework.amqp.core.TopicExchange;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the product event exchange (as mall-search and mall-portal do), so events can be sent before either
 * ever ran.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProductEventProperties.class)
class ProductEventConfiguration {

    @Bean
    TopicExchange productEventExchange(ProductEventProperties properties) {
        return new TopicExchange(properties.exchange(), true, false);
    }
}
