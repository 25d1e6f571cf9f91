package com.perflab.mall.portal.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code mall.portal.order.*}.
 *
 * @param cancelDelay how long an unpaid order lives, overriding the setting; unset = normal_order_overtime of
 *                    oms_order_setting as it is when the order is placed (see {@link OrderTimeouts})
 * @param queuePrefix names of the exchange and queues; tests use their own so they never consume the
 *                    lab's messages (and the other way round)
 * @param snKeyPrefix Redis key prefix of the per-day order number counters (the day is appended); tests use one
 *                    per database, so deleting their counter never touches the lab's
 * @param sweep       the sweeper of overdue unpaid orders ({@link OverdueOrderSweeper})
 */
@Validated
@ConfigurationProperties("mall.portal.order")
record OrderProperties(Duration cancelDelay,
                       @NotBlank @DefaultValue("mall.order") String queuePrefix,
                       @NotBlank @DefaultValue("mall-portal:order-sn:") String snKeyPrefix,
                       @Valid @NotNull @DefaultValue Sweep sweep) {

    /**
     * {@code mall.portal.order.sweep.*}: closes unpaid orders whose cancel message never came (broker down when
     * they were placed, message lost), through the same conditional close as the cancel consumer.
     *
     * @param enabled   off only to watch the message path alone
     * @param interval  pause between two runs (each run works through every overdue order, batch by batch)
     * @param grace     how long past its timeout an order is left to the cancel message before the sweeper acts
     * @param batchSize orders read and closed per query (LIMIT)
     */
    record Sweep(@DefaultValue("true") boolean enabled,
                 @NotNull @DefaultValue("1m") Duration interval,
                 @NotNull @DefaultValue("1m") Duration grace,
                 @Min(1) @Max(5000) @DefaultValue("200") int batchSize) {
    }
}
