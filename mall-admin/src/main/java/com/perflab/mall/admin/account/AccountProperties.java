package com.perflab.mall.admin.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param bcryptStrength BCrypt cost of new admin password hashes (4..31), {@code mall.admin.bcrypt-strength} */
@Validated
@ConfigurationProperties("mall.admin")
record AccountProperties(@DefaultValue("10") @Min(4) @Max(31) int bcryptStrength) {
}
