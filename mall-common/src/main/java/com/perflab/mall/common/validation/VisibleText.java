package com.perflab.mall.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or title a person typed: when not empty it has at least one visible character, no control
 * characters or bidi controls anywhere, and no blank or invisible character at either end (records
 * {@link Texts#strip} their names first, so this only refuses a record that forgot). Null and "" are left to
 * {@code @NotNull}/{@code @NotBlank}, so optional fields stay optional: put {@code @NotBlank} beside it
 * where the name is required.
 */
@Documented
@Constraint(validatedBy = VisibleTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
        ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleText {

    String message() default "must contain a visible character and no control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
