package com.perflab.mall.portal.cache;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * <pre>
 *  mall-admin --(product.created|updated|deleted|publish, home.changed, coupon.changed)--> mall.product.event (topic)
 *      --(product.*, home.*, coupon.*)--> {prefix}.cache-evict --> CacheEvictionConsumer
 *      (mall-search's queue binds product.* only, so it never sees home content or coupon events)
 *  rejected (not a valid event) --(dead-letter via the default exchange)--> {prefix}.cache-evict.parking
 * </pre>
 * One queue for the service: every instance shares the same Redis, so one instance evicting is enough.
 */
@Configuration(proxyBeanMethods = false)
class CacheEvictionConfiguration {

    @Bean
    TopicExchange catalogEventExchange(PortalCacheProperties properties) {
        return new TopicExchange(properties.events().exchange(), true, false);
    }

    @Bean
    Queue portalCacheEvictQueue(PortalCacheProperties properties) {
        return QueueBuilder.durable(properties.events().queue())
                .deadLetterExchange("")
                .deadLetterRoutingKey(properties.events().parkingQueue())
                .build();
    }

    @Bean
    Queue portalCacheEvictParkingQueue(PortalCacheProperties properties) {
        return QueueBuilder.durable(properties.events().parkingQueue()).build();
    }

    @Bean
    Binding portalCacheProductEvents(Queue portalCacheEvictQueue, TopicExchange catalogEventExchange) {
        return BindingBuilder.bind(portalCacheEvictQueue).to(catalogEventExchange).with(CatalogEvent.PRODUCT_ROUTING);
    }

    @Bean
    Binding portalCacheHomeEvents(Queue portalCacheEvictQueue, TopicExchange catalogEventExchange) {
        return BindingBuilder.bind(portalCacheEvictQueue).to(catalogEventExchange).with(CatalogEvent.HOME_ROUTING);
    }

    @Bean
    Binding portalCacheCouponEvents(Queue portalCacheEvictQueue, TopicExchange catalogEventExchange) {
        return BindingBuilder.bind(portalCacheEvictQueue).to(catalogEventExchange).with(CatalogEvent.COUPON_ROUTING);
    }
}
