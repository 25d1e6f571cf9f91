package com.perflab.mall.portal.promotion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Catalog prices and the promotion rules of the course system, in one place (a product in the flash-sale slot
 * on now sells at its flash price; member prices are the member's level's): the internal API for
 * mall-cart and the order confirm/generate flow both price through here, so a cart and its order never
 * disagree. At most five statements per call (SKUs, flash offers, ladders, full reductions, member prices),
 * whatever the line count.
 */
@Service
public class PromotionService {

    static final int TYPE_PROMOTION_PRICE = 1;
    static final int TYPE_MEMBER_PRICE = 2;
    static final int TYPE_LADDER = 3;
    static final int TYPE_FULL_REDUCTION = 4;

    private final CatalogMapper mapper;

    PromotionService(CatalogMapper mapper) {
        this.mapper = mapper;
    }

    /** Snapshots of the SKUs that exist and are on sale, ordered by id; unknown ids are absent. */
    @Transactional(readOnly = true)
    public List<SkuSnapshot> snapshots(Set<Long> skuIds) {
        if (skuIds.isEmpty()) {
            return List.of();
        }
        return mapper.findSkus(skuIds);
    }

    /**
     * Quotes for the lines whose SKU is on sale, in the order of the lines, for the member who would buy them
     * ({@code null}: nobody's, so no member price).
     */
    @Transactional(readOnly = true)
    public List<PromotionQuote> quote(Long memberId, List<QuoteLine> lines) {
        return price(memberId, lines).stream().map(PricedLine::quote).toList();
    }

    /**
     * Each line with its snapshot and quote, in the order of the lines; lines of unknown or withdrawn SKUs
     * are left out (callers that must have all of them compare sizes).
     */
    @Transactional(readOnly = true)
    public List<PricedLine> price(Long memberId, List<QuoteLine> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        Set<Long> skuIds = lines.stream().map(QuoteLine::skuId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, SkuSnapshot> skus = mapper.findSkus(skuIds).stream()
                .collect(Collectors.toMap(SkuSnapshot::skuId, Function.identity()));
        List<Priced> known = new ArrayList<>();
        for (QuoteLine line : lines) {
            SkuSnapshot sku = skus.get(line.skuId());
            if (sku != null) {
                known.add(new Priced(sku, line.quantity()));
            }
        }
        Map<Long, List<Ladder>> ladders = rulesOf(known, TYPE_LADDER, mapper::findLadders, Ladder::productId);
        Map<Long, List<FullReduction>> reductions =
                rulesOf(known, TYPE_FULL_REDUCTION, mapper::findFullReductions, FullReduction::productId);
        // a product in the flash-sale slot on now sells at its flash price, whatever its own promotion
        Map<Long, FlashOffer> flash = new HashMap<>();
        mapper.findFlashOffers(known.stream().map(p -> p.sku.productId()).collect(Collectors.toSet()))
                .forEach(offer -> flash.putIfAbsent(offer.productId(), offer));
        Map<Long, List<LevelPrice>> levelPrices = memberId == null ? Map.of()
                : rulesOf(known, TYPE_MEMBER_PRICE, ids -> mapper.findLevelPrices(memberId, ids), LevelPrice::productId);

        // ladders and full reductions count all lines of the same product together, as the course system does
        Map<Long, List<Priced>> byProduct = known.stream()
                .collect(Collectors.groupingBy(p -> p.sku.productId(), HashMap::new, Collectors.toList()));
        Map<Priced, PromotionQuote> quotes = new HashMap<>();
        for (List<Priced> group : byProduct.values()) {
            SkuSnapshot first = group.get(0).sku;
            FlashOffer offer = flash.get(first.productId());
            if (offer != null) {
                group.forEach(p -> quotes.put(p, flashPrice(p, offer)));
                continue;
            }
            switch (first.promotionType()) {
                case TYPE_LADDER -> quoteLadder(group, ladders.getOrDefault(first.productId(), List.of()), quotes);
                case TYPE_FULL_REDUCTION ->
                        quoteFullReduction(group, reductions.getOrDefault(first.productId(), List.of()), quotes);
                case TYPE_MEMBER_PRICE ->
                        quoteMemberPrice(group, levelPrices.getOrDefault(first.productId(), List.of()), quotes);
                default -> group.forEach(p -> quotes.put(p, singlePrice(p)));
            }
        }
        return known.stream().map(p -> new PricedLine(p.sku, p.quantity, quotes.get(p),
                flash.get(p.sku.productId()))).toList();
    }

    private static <R> Map<Long, List<R>> rulesOf(List<Priced> lines, int type,
                                                  Function<Set<Long>, List<R>> load, Function<R, Long> productId) {
        Set<Long> products = lines.stream().filter(p -> p.sku.promotionType() == type)
                .map(p -> p.sku.productId()).collect(Collectors.toSet());
        if (products.isEmpty()) {
            return Map.of();
        }
        return load.apply(products).stream().collect(Collectors.groupingBy(productId));
    }

    /** promotion_type 1 is already in the effective price; anything else without rules is no promotion. */
    private static PromotionQuote singlePrice(Priced p) {
        BigDecimal reduce = p.sku.originalPrice().subtract(p.sku.price());
        String message = p.sku.promotionType() == TYPE_PROMOTION_PRICE && reduce.signum() > 0 ? "单品促销" : "无优惠";
        return quote(p, message, reduce.max(BigDecimal.ZERO), p.sku.price());
    }

    /** The flash price; an offer above the SKU's own price never raises it. */
    private static PromotionQuote flashPrice(Priced p, FlashOffer offer) {
        BigDecimal real = offer.price().min(p.sku.price());
        return quote(p, "秒杀价", p.sku.originalPrice().subtract(real), real);
    }

    /** The member's level price, for every SKU it undercuts; a SKU already cheaper keeps its own price. */
    private static void quoteMemberPrice(List<Priced> group, List<LevelPrice> prices, Map<Priced, PromotionQuote> out) {
        for (Priced p : group) {
            if (prices.isEmpty() || prices.get(0).memberPrice().compareTo(p.sku.price()) >= 0) {
                out.put(p, singlePrice(p));
                continue;
            }
            BigDecimal real = prices.get(0).memberPrice();
            out.put(p, quote(p, "会员价", p.sku.originalPrice().subtract(real), real));
        }
    }

    private static void quoteLadder(List<Priced> group, List<Ladder> ladders, Map<Priced, PromotionQuote> out) {
        int count = group.stream().mapToInt(p -> p.quantity).sum();
        Optional<Ladder> ladder = ladders.stream().filter(l -> count >= l.count())
                .max(Comparator.comparingInt(Ladder::count));
        for (Priced p : group) {
            if (ladder.isEmpty()) {
                out.put(p, singlePrice(p));
                continue;
            }
            BigDecimal discount = ladder.get().discount();
            BigDecimal real = p.sku.price().multiply(discount).setScale(2, RoundingMode.HALF_UP);
            String message = "打" + discount.multiply(BigDecimal.TEN).stripTrailingZeros().toPlainString()
                    + "折，满" + ladder.get().count() + "件";
            out.put(p, quote(p, message, p.sku.originalPrice().subtract(real), real));
        }
    }

    private static void quoteFullReduction(List<Priced> group, List<FullReduction> rules,
                                           Map<Priced, PromotionQuote> out) {
        BigDecimal total = group.stream().map(p -> p.sku.price().multiply(BigDecimal.valueOf(p.quantity)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<FullReduction> rule = rules.stream().filter(r -> total.compareTo(r.fullPrice()) >= 0)
                .max(Comparator.comparing(FullReduction::fullPrice));
        for (Priced p : group) {
            if (rule.isEmpty()) {
                out.put(p, singlePrice(p));
                continue;
            }
            // the reduction is spread over the units in proportion to their price
            BigDecimal perUnit = p.sku.price().multiply(rule.get().reducePrice())
                    .divide(total, 2, RoundingMode.HALF_UP);
            BigDecimal real = p.sku.price().subtract(perUnit);
            String message = "满" + plain(rule.get().fullPrice()) + "元，减" + plain(rule.get().reducePrice()) + "元";
            out.put(p, quote(p, message, p.sku.originalPrice().subtract(real), real));
        }
    }

    private static PromotionQuote quote(Priced p, String message, BigDecimal reducePerUnit, BigDecimal realPrice) {
        return new PromotionQuote(p.sku.skuId(), message, reducePerUnit, realPrice,
                p.sku.stock() - p.sku.lockStock(), p.sku.giftPoint(), p.sku.giftGrowth());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Identity-keyed on purpose: two lines may carry the same SKU and quantity. */
    private static final class Priced {
        final SkuSnapshot sku;
        final int quantity;

        Priced(SkuSnapshot sku, int quantity) {
            this.sku = sku;
            this.quantity = quantity;
        }
    }
}
