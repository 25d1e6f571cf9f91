package com.perflab.mall.admin.product;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code mall.admin.product-events.*}.
 *
 * @param exchange the topic exchange mall-search listens on; tests use their own
 */
@Validated
@ConfigurationProperties("mall.admin.product-events")
record ProductEventProperties(@NotBlank @DefaultValue("mall.product.event") String exchange) {
}
