package com.perflab.mall.member.address;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code mall.member.address.*}: a cap keeps one member from filling the table (and the order page). */
@Validated
@ConfigurationProperties("mall.member.address")
record AddressProperties(@DefaultValue("20") @Min(1) int maxPerMember) {
}
