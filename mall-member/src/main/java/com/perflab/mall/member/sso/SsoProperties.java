package com.perflab.mall.member.sso;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Login and registration settings, {@code mall.member.*}.
 *
 * @param bcryptStrength BCrypt cost of password hashes (4..31); the course's login bottleneck knob. New and
 *                       changed passwords get it, and a stored hash of another cost is replaced by one of
 *                       this cost at the member's next successful login (up or down)
 * @param authCode       the telephone auth codes of registration and password reset
 */
@Validated
@ConfigurationProperties("mall.member")
record SsoProperties(@DefaultValue("10") @Min(4) @Max(31) int bcryptStrength,
                     @DefaultValue @Valid @NotNull AuthCode authCode) {

    /**
     * @param ttl            how long a code stays valid
     * @param resendInterval at most one code per telephone within this interval (429 otherwise)
     * @param maxAttempts    wrong guesses after which the code is discarded, so 6 digits cannot be brute-forced
     * @param expose         return the code in the reply; only the local lab, which has no SMS gateway
     * @param limitWindow    the window of the two limits below, counted from the first code in it
     * @param maxPerTelephone codes per telephone per window (429 beyond), so nobody floods a phone
     * @param maxPerAddress  codes per client address per window (429 beyond), so nobody floods many phones
     * @param limitKeyPrefix Redis key prefix of the limit counters; it names the database, so tests on
     *                       their own database never use up the lab's limits
     */
    record AuthCode(@DefaultValue("5m") @NotNull Duration ttl,
                    @DefaultValue("60s") @NotNull Duration resendInterval,
                    @DefaultValue("5") @Min(1) int maxAttempts,
                    @DefaultValue("false") boolean expose,
                    @DefaultValue("1h") @NotNull Duration limitWindow,
                    @DefaultValue("5") @Min(1) int maxPerTelephone,
                    @DefaultValue("20") @Min(1) int maxPerAddress,
                    @DefaultValue("mall:member:auth-code-limit:") @NotNull String limitKeyPrefix) {
    }
}
