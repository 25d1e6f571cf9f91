package com.perflab.mall.member.history;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code mall.member.read-history.*}: the cap keeps one busy member from growing the collection without limit. */
@Validated
@ConfigurationProperties("mall.member.read-history")
record ReadHistoryProperties(@DefaultValue("100") @Min(1) @Max(10_000) int maxPerMember) {
}
