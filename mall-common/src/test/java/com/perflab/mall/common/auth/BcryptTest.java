package com.perflab.mall.common.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCrypt;

class BcryptTest {

    private static final String BODY = "N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";

    @Test
    void readsTheCostOfEveryBcryptVersion() {
        assertThat(Bcrypt.costOf("$2a$10$" + BODY)).hasValue(10);
        assertThat(Bcrypt.costOf("$2b$04$" + BODY)).hasValue(4);
        assertThat(Bcrypt.costOf("$2y$13$" + BODY)).hasValue(13);
        assertThat(Bcrypt.costOf(BCrypt.hashpw("secret-1", BCrypt.gensalt(5)))).hasValue(5);
    }

    @Test
    void anythingElseHasNoCost() {
        for (String notBcrypt : new String[] {null, "", "secret-1", "$2a$10$", "$2a$10$" + BODY + "x",
                "$2a$1x$" + BODY, "$2x$10$" + BODY, "$2a$03$" + BODY, "$2a$32$" + BODY,
                "{bcrypt}$2a$10$" + BODY, "$argon2id$v=19$m=16,t=2,p=1$c2FsdA$aGFzaA"}) {
            assertThat(Bcrypt.costOf(notBcrypt)).as(String.valueOf(notBcrypt)).isEqualTo(OptionalInt.empty());
        }
    }

    @Test
    void inputOverSeventyTwoBytesIsTooLongWhateverItsLengthInCharacters() {
        assertThat(Bcrypt.tooLong("a".repeat(72))).isFalse();
        assertThat(Bcrypt.tooLong("a".repeat(73))).isTrue();
        // three bytes each in UTF-8: 24 fit, 25 do not
        assertThat(Bcrypt.tooLong("密".repeat(24))).isFalse();
        assertThat(Bcrypt.tooLong("密".repeat(25))).isTrue();
        // BCrypt itself ignores what follows byte 72: the reason such input is refused before it
        String hash = BCrypt.hashpw("a".repeat(72), BCrypt.gensalt(4));
        assertThat(BCrypt.checkpw("a".repeat(72) + "tail", hash)).isTrue();
    }
}
