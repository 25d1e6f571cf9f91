package com.perflab.mall.common.store;

import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.amqp.autoconfigure.ConnectionFactoryCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds the two client waits that Spring Boot has no property for, so a store that comes back is used
 * again within seconds and a silent one never holds a caller for long (document/timeouts-and-knobs.md):
 * Lettuce's reconnect delay (its default backs off up to 30 s, so Redis stayed "down" long after it was
 * back) and RabbitMQ's AMQP handshake (10 s by default, after a TCP connect that a hung broker accepts).
 */
@AutoConfiguration
public class StoreClientsAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({Delay.class, ClientResourcesBuilderCustomizer.class})
    static class Redis {

        @Bean
        ClientResourcesBuilderCustomizer mallRedisReconnectDelay(
                @Value("${mall.redis.reconnect-max-delay:2s}") Duration maxDelay) {
            return builder -> builder.reconnectDelay(
                    Delay.exponential(Duration.ofMillis(50), maxDelay, 2, TimeUnit.MILLISECONDS));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({com.rabbitmq.client.ConnectionFactory.class, ConnectionFactoryCustomizer.class})
    static class Rabbit {

        @Bean
        ConnectionFactoryCustomizer mallRabbitHandshakeTimeout(
                @Value("${mall.rabbitmq.handshake-timeout:3s}") Duration handshakeTimeout) {
            return factory -> factory.setHandshakeTimeout(Math.toIntExact(handshakeTimeout.toMillis()));
        }
    }
}
