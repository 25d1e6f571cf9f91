package com.perflab.mall.search.sync;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * <pre>
 *  mall-admin --(product.created|updated|deleted|publish)--> mall.product.event (topic)
 *      --(product.*)--> {prefix}.product-sync --> ProductSyncConsumer
 *  rejected (poison, or still failing after the retries) --(dead-letter via the default exchange)-->
 *      {prefix}.product-sync.dlq  (parked for an operator; nothing consumes it)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyncProperties.class)
class ProductSyncConfiguration {

    @Bean
    TopicExchange productEventExchange(SyncProperties properties) {
        return new TopicExchange(properties.exchange(), true, false);
    }

    @Bean
    Queue productSyncQueue(SyncProperties properties) {
        return QueueBuilder.durable(properties.queue())
                .deadLetterExchange("")
                .deadLetterRoutingKey(properties.deadLetterQueue())
                .build();
    }

    @Bean
    Queue productSyncDeadLetterQueue(SyncProperties properties) {
        return QueueBuilder.durable(properties.deadLetterQueue()).build();
    }

    @Bean
    Binding productSyncBinding(Queue productSyncQueue, TopicExchange productEventExchange) {
        return BindingBuilder.bind(productSyncQueue).to(productEventExchange).with(ProductEvent.ROUTING_KEY_PREFIX + "*");
    }
}
