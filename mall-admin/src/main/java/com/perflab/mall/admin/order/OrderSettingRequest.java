package com.perflab.mall.admin.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * {@code POST /orderSetting/update/{id}}. The unpaid timeouts (minutes) stay below 7 days: the portal turns
 * them into a RabbitMQ queue TTL in milliseconds, which must fit an int.
 */
record OrderSettingRequest(@NotNull @Positive @Max(10080) Integer flashOrderOvertime,
                           @NotNull @Positive @Max(10080) Integer normalOrderOvertime,
                           @NotNull @Positive @Max(365) Integer confirmOvertime,
                           @NotNull @Positive @Max(365) Integer finishOvertime,
                           @NotNull @Positive @Max(365) Integer commentOvertime) {
}
