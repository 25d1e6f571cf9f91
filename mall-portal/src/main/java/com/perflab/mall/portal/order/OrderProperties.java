package com.perflab.mall.portal.order;

import jakarta.validation.constraints.NotBlank;
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
 */
@Validated
@ConfigurationProperties("mall.portal.order")
record OrderProperties(Duration cancelDelay, @NotBlank @DefaultValue("mall.order") String queuePrefix) {
}
