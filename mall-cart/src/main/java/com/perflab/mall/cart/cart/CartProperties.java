package com.perflab.mall.cart.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code mall.cart.*}: a cap on distinct items keeps one member from growing the table and every cart read.
 * At most 200, the number of SKUs mall-portal's internal API prices in one call.
 */
@Validated
@ConfigurationProperties("mall.cart")
record CartProperties(@DefaultValue("100") @Min(1) @Max(200) int maxItems) {
}
