package com.perflab.mall.common.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A business failure that becomes an envelope with the given code and the matching HTTP status,
 * e.g. {@code throw new ApiException(ErrorCode.CONFLICT, "库存不足")}.
 */
public class ApiException extends RuntimeException {

    /** "field: why", the services' way of naming the refused input in a 400's message. */
    private static final Pattern FIELD_MESSAGE =
            Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*(?:\\[\\d+])?(?:\\.[A-Za-z_][A-Za-z0-9_]*(?:\\[\\d+])?)*): (.+)$",
                    Pattern.DOTALL);

    private final ErrorCode errorCode;

    public ApiException(ErrorCode errorCode) {
        this(errorCode, errorCode.message());
    }

    public ApiException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /**
     * The refused input when the message names it ({@code "couponId: not a usable coupon"}, as
     * {@link #invalid} writes it), or null: the envelope's data then names the field, as for Bean Validation.
     */
    public FieldError fieldError() {
        Matcher matcher = FIELD_MESSAGE.matcher(getMessage() == null ? "" : getMessage());
        return matcher.matches() ? new FieldError(matcher.group(1), matcher.group(2)) : null;
    }

    /** 400 naming the field, for checks Bean Validation cannot express (cross-field rules, lookups). */
    public static ApiException invalid(String field, String message) {
        return new ApiException(ErrorCode.VALIDATE_FAILED, field + ": " + message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ErrorCode.VALIDATE_FAILED, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorCode.CONFLICT, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }
}
