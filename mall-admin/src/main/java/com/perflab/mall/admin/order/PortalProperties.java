package com.perflab.mall.admin.order;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code mall.admin.portal.*}: where mall-portal is (a load-balanced service id) and how long to wait for it. */
@Validated
@ConfigurationProperties("mall.admin.portal")
record PortalProperties(@DefaultValue("http://mall-portal") @NotNull URI baseUrl,
                        @DefaultValue("2s") @NotNull Duration connectTimeout,
                        @DefaultValue("5s") @NotNull Duration readTimeout) {
}
