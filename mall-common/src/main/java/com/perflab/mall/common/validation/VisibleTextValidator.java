package com.perflab.mall.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link VisibleText}; the message says which rule the value broke. */
public class VisibleTextValidator implements ConstraintValidator<VisibleText, CharSequence> {

    static final String NO_VISIBLE = "must contain a visible character, not only blanks or invisible characters";
    static final String FORBIDDEN = "must not contain control characters or bidirectional text controls";
    static final String EDGES = "must not start or end with blanks or invisible characters";

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        String text = value.toString();
        String problem = problem(text);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    /** Why the text is refused, or null when it is fine. */
    static String problem(String text) {
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Texts.isForbiddenInName(codePoint)) {
                return FORBIDDEN;
            }
            visible |= Texts.isVisible(codePoint);
            i += Character.charCount(codePoint);
        }
        if (!visible) {
            return NO_VISIBLE;
        }
        if (!Texts.strip(text).equals(text)) {
            return EDGES;
        }
        return null;
    }
}
