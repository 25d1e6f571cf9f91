package com.perflab.mall.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisibleTextTest {

    record Name(@VisibleText String value) {
    }

    static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static Set<String> problems(String value) {
        Set<ConstraintViolation<Name>> violations = VALIDATOR.validate(new Name(value));
        return violations.stream().map(ConstraintViolation::getMessage).collect(java.util.stream.Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三", "Alice", "a", "O'Brien-Smith", "李 四", "Zoë", "e\u0301", "👍", "👨‍👩‍👧", "❤️",
            "Ⅻ", "١٢٣", "שלום", "a\u200Db"})
    void visibleNamesPass(String value) {
        assertThat(problems(value)).isEmpty();
    }

    @Test
    void nullAndEmptyAreLeftToNotNullAndNotBlank() {
        assertThat(problems(null)).isEmpty();
        assertThat(problems("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200B\u200C\u200D", "\uFEFF", "\u00A0", "\u2007\u202F", "\u3000",
            "\u2060", "\u00AD", "\u034F", "\u3164", "\u115F\u1160", "\uFFA0", "\u2800", "\u0301", "\uE000",
            "\uDB40\uDC20", "\u180E"})
    void onlyInvisibleCharactersAreRefused(String value) {
        assertThat(problems(value)).containsExactly(VisibleTextValidator.NO_VISIBLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\tb", "a\nb", "a\rb", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u009Bb",
            "abc\u202Efdp.exe", "a\u202Ab", "a\u2066b\u2069", "a\u200Eb", "a\u200Fb", "a\u061Cb", "a\uD800b", "\u0007"})
    void controlAndBidiCharactersAreRefusedAnywhere(String value) {
        assertThat(problems(value)).containsExactly(VisibleTextValidator.FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {" Alice", "Alice ", "\u00A0Alice", "Alice\u200B", "\uFEFFAlice", "\u3000张三"})
    void unstrippedEdgesAreRefused(String value) {
        assertThat(problems(value)).containsExactly(VisibleTextValidator.EDGES);
        assertThat(problems(Texts.strip(value))).isEmpty();
    }

    @Test
    void aPlainParameterNameIsStrippedOrRefusedNamingTheField() {
        assertThat(Texts.visibleName("name", "\u00A0颜色 ")).isEqualTo("颜色");
        assertThatThrownBy(() -> Texts.visibleName("name", "\u200B\u00A0"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATE_FAILED);
                    assertThat(e.fieldError().field()).isEqualTo("name");
                });
        assertThatThrownBy(() -> Texts.visibleName("name", "颜\u0000色"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fieldError().message())
                        .isEqualTo(VisibleTextValidator.FORBIDDEN));
    }

    @Test
    void stripRemovesInvisibleEdgesOnly() {
        assertThat(Texts.strip("\u00A0\u200B 张 三 \uFEFF\u3000")).isEqualTo("张 三");
        assertThat(Texts.strip("\u200B\u00A0")).isEmpty();
        assertThat(Texts.strip("a\u200Bb")).isEqualTo("a\u200Bb");
        assertThat(Texts.strip("❤️")).isEqualTo("❤️");
        assertThat(Texts.strip(null)).isNull();
    }
}
