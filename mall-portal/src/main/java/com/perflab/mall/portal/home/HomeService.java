package com.perflab.mall.portal.home;

import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.portal.cache.PortalCaches;
import com.perflab.mall.portal.product.ProductSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

@Service
class HomeService {

    // block sizes of the app home page, as in the course system
    static final int ADVERTISES = 10;
    static final int BRANDS = 6;
    static final int NEW_PRODUCTS = 4;
    static final int HOT_PRODUCTS = 4;
    static final int SUBJECTS = 4;
    static final int FLASH_PRODUCTS = 12;

    private final HomeMapper homeMapper;
    private final Clock clock;

    HomeService(HomeMapper homeMapper, Clock clock) {
        this.homeMapper = homeMapper;
        this.clock = clock;
    }

    /**
     * The whole home page: eight statements, one per block (the flash sale takes three). Cached for the
     * configured TTL, so a new flash slot shows up to one TTL late at its start.
     */
    @Cacheable(cacheNames = PortalCaches.HOME_CONTENT, key = "'" + PortalCaches.HOME_CONTENT_KEY + "'")
    public HomeContent content() {
        return new HomeContent(
                homeMapper.findAppAdvertises(ADVERTISES),
                homeMapper.findHomeBrands(BRANDS),
                flashPromotion(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)),
                homeMapper.findNewProducts(0, NEW_PRODUCTS),
                homeMapper.findHotProducts(0, HOT_PRODUCTS),
                homeMapper.findHomeSubjects(SUBJECTS));
    }

    PageResult<ProductSummary> recommendedProducts(PageQuery page) {
        return page(page, homeMapper::countRecommendedProducts, homeMapper::findRecommendedProducts);
    }

    PageResult<ProductSummary> hotProducts(PageQuery page) {
        return page(page, homeMapper::countHotProducts, homeMapper::findHotProducts);
    }

    PageResult<ProductSummary> newProducts(PageQuery page) {
        return page(page, homeMapper::countNewProducts, homeMapper::findNewProducts);
    }

    PageResult<Subject> subjects(Long categoryId, PageQuery page) {
        return page(page, () -> homeMapper.countSubjects(categoryId),
                (offset, limit) -> homeMapper.findSubjects(categoryId, offset, limit));
    }

    private HomeFlashPromotion flashPromotion(LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        Long promotionId = homeMapper.findFlashPromotionOn(today);
        if (promotionId == null) {
            return null;
        }
        List<FlashSession> sessions = homeMapper.findEnabledFlashSessions();
        Optional<FlashSession> current = FlashSessions.current(sessions, now.toLocalTime());
        if (current.isEmpty()) {
            return null;
        }
        Optional<FlashSession> next = FlashSessions.next(sessions, current, now.toLocalTime());
        return new HomeFlashPromotion(
                today.atTime(current.get().startTime()),
                today.atTime(current.get().endTime()),
                next.map(s -> today.atTime(s.startTime())).orElse(null),
                next.map(s -> today.atTime(s.endTime())).orElse(null),
                homeMapper.findFlashProducts(promotionId, current.get().id(), FLASH_PRODUCTS));
    }

    /** A page in two statements (count, then rows); an empty result skips the second. */
    private static <T> PageResult<T> page(PageQuery page, LongSupplier count,
            BiFunction<Long, Integer, List<T>> rows) {
        long total = count.getAsLong();
        if (total == 0 || page.offset() >= total) {
            return PageResult.of(page, total, List.of());
        }
        return PageResult.of(page, total, rows.apply(page.offset(), page.pageSize()));
    }
}
