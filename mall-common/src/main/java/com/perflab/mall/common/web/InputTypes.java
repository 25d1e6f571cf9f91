package com.perflab.mall.common.web;

import com.perflab.mall.common.api.FieldError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.annotation.DateTimeFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Says what a field expected when its value could not be read, in the client's terms ("must be a whole
 * number", "must be a date like yyyy-MM-dd") instead of Spring's or Jackson's internals.
 */
final class InputTypes {

    private InputTypes() {
    }

    /** The field of a JSON body whose value did not fit, or null when the body is not JSON at all. */
    static FieldError jsonField(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                Class<?> type = t instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
                        : t instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
                return new FieldError(path(jackson), type == null ? "is not a valid value" : expected(type, null));
            }
        }
        return null;
    }

    /** "items[0].quantity" from Jackson's path of references. */
    private static String path(JacksonException ex) {
        StringBuilder name = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                name.append('[').append(ref.getIndex()).append(']');
            }
        }
        return name.toString();
    }

    /** What a value of {@code type} looks like; the failure may name a {@code @DateTimeFormat} pattern. */
    static String expected(Class<?> type, Throwable failure) {
        String pattern = datePattern(failure);
        if (pattern != null) {
            return "must be a date/time like " + pattern;
        }
        if (type == null) {
            return "is not a valid value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class
                || type == BigInteger.class) {
            return "must be a whole number in range";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class
                || type == float.class || type == Float.class) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == LocalDate.class) {
            return "must be a date like yyyy-MM-dd";
        }
        if (type == LocalDateTime.class) {
            return "must be a date and time like yyyy-MM-dd'T'HH:mm:ss";
        }
        if (type == LocalTime.class) {
            return "must be a time like HH:mm:ss";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return "must be a value of type " + type.getSimpleName();
    }

    /** The pattern of the {@code @DateTimeFormat} the value failed, if that is what failed. */
    private static String datePattern(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ConversionFailedException conversion) {
                TypeDescriptor target = conversion.getTargetType();
                DateTimeFormat format = target.getAnnotation(DateTimeFormat.class);
                if (format == null) {
                    return null;
                }
                if (!format.pattern().isEmpty()) {
                    return format.pattern();
                }
                return switch (format.iso()) {
                    case DATE -> "yyyy-MM-dd";
                    case TIME -> "HH:mm:ss";
                    case DATE_TIME -> "yyyy-MM-dd'T'HH:mm:ss";
                    case NONE -> null;
                };
            }
        }
        return null;
    }
}
