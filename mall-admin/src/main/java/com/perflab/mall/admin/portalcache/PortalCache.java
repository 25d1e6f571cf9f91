package com.perflab.mall.admin.portalcache;

import com.perflab.mall.admin.product.ProductChanged;
import com.perflab.mall.common.cache.PortalCacheKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Evicts the mall-portal cache entries a back-office change makes stale. Inside a transaction the keys are
 * deleted after it commits (evicting earlier would let a portal request re-cache the old rows); outside, at
 * once. Redis being down is logged, not thrown: the change is saved and the entries expire by their TTL.
 */
@Component
public class PortalCache {

    private static final Logger log = LoggerFactory.getLogger(PortalCache.class);

    private final StringRedisTemplate redis;
    private final String prefix;

    PortalCache(StringRedisTemplate redis,
            @Value("${mall.admin.portal-cache-prefix:" + PortalCacheKeys.DEFAULT_PREFIX + "}") String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    /** The home page ({@code /home/content}) shows advertises, recommendations, new and hot products. */
    public void evictHomeContent() {
        evict(List.of(PortalCacheKeys.homeContent(prefix)));
    }

    /** Product details ({@code /product/detail/{id}}); the home page lists products too, so it goes as well. */
    public void evictProducts(Collection<Long> productIds) {
        evict(productKeys(productIds));
    }

    /** Every product change (product, brand or category service) is announced with this event. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void productsChanged(ProductChanged changed) {
        delete(productKeys(changed.productIds()));
    }

    private List<String> productKeys(Collection<Long> productIds) {
        List<String> keys = new ArrayList<>(productIds.size() + 1);
        productIds.forEach(id -> keys.add(PortalCacheKeys.productDetail(prefix, id)));
        keys.add(PortalCacheKeys.homeContent(prefix));
        return keys;
    }

    private void evict(List<String> keys) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delete(keys);
                }
            });
        } else {
            delete(keys);
        }
    }

    private void delete(List<String> keys) {
        try {
            redis.delete(keys);
        } catch (DataAccessException ex) {
            log.warn("could not evict portal cache entries {} (they expire by their TTL): {}", keys, ex.getMessage());
        }
    }
}
