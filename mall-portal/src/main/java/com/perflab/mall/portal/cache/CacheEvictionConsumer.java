package com.perflab.mall.portal.cache;

import com.rabbitmq.client.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evicts the cache entries a back-office change made stale, from mall-admin's events ({@link CatalogEvent}):
 * a product event evicts that product's detail and the home page (it lists products), a home content event
 * the home page, a coupon event the detail of its product (the coupons to claim are on it), or every product's
 * detail when it names none (a coupon of every product or of categories). The back office knows no cache name
 * or key of this service.
 *
 * <p>Eviction is idempotent, so a redelivered, duplicate or late event is harmless; it uses
 * {@code evictIfPresent}, which returns once Redis deleted the key (plain {@code evict} may return before).
 * A message that is not a valid event is rejected without requeue (parked, see
 * {@link CacheEvictionConfiguration}). Redis failing to evict is logged and the message acked: the entry
 * expires by its TTL, and requeueing would only loop while Redis is away. Outcomes are counted as
 * {@code mall_portal_cache_events_total{outcome}}.
 */
@Component
class CacheEvictionConsumer {

    private static final Logger log = LoggerFactory.getLogger(CacheEvictionConsumer.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CacheManager cacheManager;
    private final MeterRegistry meters;

    CacheEvictionConsumer(CacheManager cacheManager, MeterRegistry meters) {
        this.cacheManager = cacheManager;
        this.meters = meters;
    }

    @RabbitListener(queues = "#{@portalCacheEvictQueue.name}")
    void onEvent(Message message, Channel channel) throws IOException {
        long tag = message.getMessageProperties().getDeliveryTag();
        CatalogEvent event = parse(message.getBody());
        if (event == null) {
            channel.basicNack(tag, false, false);
            count("poison");
            return;
        }
        try {
            evict(event);
            count("evicted");
        } catch (RuntimeException e) {
            log.warn("Could not evict the portal cache entries of {} (they expire by their TTL): {}", event,
                    e.toString());
            count("failed");
        }
        channel.basicAck(tag, false);
    }

    private void evict(CatalogEvent event) {
        if (event.productId() != null) {
            cache(PortalCaches.PRODUCT_DETAIL).evictIfPresent(event.productId());
        } else if (event.coupon()) {
            // invalidate, not clear: it returns once the entries are gone (SCAN and DEL, see PortalCacheConfiguration)
            cache(PortalCaches.PRODUCT_DETAIL).invalidate();
        }
        if (!event.coupon()) {
            cache(PortalCaches.HOME_CONTENT).evictIfPresent(PortalCaches.HOME_CONTENT_KEY);
        }
    }

    private Cache cache(String name) {
        return Objects.requireNonNull(cacheManager.getCache(name), name);
    }

    private static CatalogEvent parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            CatalogEvent event = JSON.readValue(text, CatalogEvent.class);
            if (event != null && event.valid()) {
                return event;
            }
            log.error("Invalid catalog event {}; parked", StringUtils.truncate(text, 200));
        } catch (JacksonException e) {
            log.error("Unreadable catalog event {}; parked: {}", StringUtils.truncate(text, 200),
                    e.getOriginalMessage());
        }
        return null;
    }

    private void count(String outcome) {
        meters.counter("mall.portal.cache.events", "outcome", outcome).increment();
    }
}
