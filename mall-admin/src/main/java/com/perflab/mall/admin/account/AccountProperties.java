package com.perflab.mall.admin.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param bcryptStrength BCrypt cost of admin password hashes (4..31), {@code mall.admin.bcrypt-strength}: new and
 *                       changed passwords get it, and a stored hash of another cost is replaced by one of this
 *                       cost at the admin's next successful login
 */
@Validated
@ConfigurationProperties("mall.admin")
record AccountProperties(@DefaultValue("10") @Min(4) @Max(31) int bcryptStrength) {
}
