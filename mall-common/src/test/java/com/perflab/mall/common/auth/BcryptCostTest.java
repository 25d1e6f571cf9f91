package com.perflab.mall.common.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCrypt;

class BcryptCostTest {

    private static final String BODY = "N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";

    @Test
    void readsTheCostOfEveryBcryptVersion() {
        assertThat(BcryptCost.of("$2a$10$" + BODY)).hasValue(10);
        assertThat(BcryptCost.of("$2b$04$" + BODY)).hasValue(4);
        assertThat(BcryptCost.of("$2y$13$" + BODY)).hasValue(13);
        assertThat(BcryptCost.of(BCrypt.hashpw("secret-1", BCrypt.gensalt(5)))).hasValue(5);
    }

    @Test
    void anythingElseHasNoCost() {
        for (String notBcrypt : new String[] {null, "", "secret-1", "$2a$10$", "$2a$10$" + BODY + "x",
                "$2a$1x$" + BODY, "$2x$10$" + BODY, "$2a$03$" + BODY, "$2a$32$" + BODY,
                "{bcrypt}$2a$10$" + BODY, "$argon2id$v=19$m=16,t=2,p=1$c2FsdA$aGFzaA"}) {
            assertThat(BcryptCost.of(notBcrypt)).as(String.valueOf(notBcrypt)).isEqualTo(OptionalInt.empty());
        }
    }
}
