package com.perflab.mall.common.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Duration;

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
    /** Sent as Retry-After (whole seconds, at least 1) when set. */
    private final Duration retryAfter;

    public ApiException(ErrorCode errorCode) {
        this(errorCode, errorCode.message());
    }

    public ApiException(ErrorCode errorCode, String message) {
        this(errorCode, message, null);
    }

    private ApiException(ErrorCode errorCode, String message, Duration retryAfter) {
        super(message);
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
    }

    /** 429 with a Retry-After header of {@code retryAfter} (rounded up to whole seconds). */
    public static ApiException tooManyRequests(String message, Duration retryAfter) {
        return new ApiException(ErrorCode.TOO_MANY_REQUESTS, message, retryAfter);
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

    /** The Retry-After in whole seconds (at least 1), or null when the reply should carry none. */
    public Long retryAfterSeconds() {
        if (retryAfter == null) {
            return null;
        }
        long millis = Math.max(retryAfter.toMillis(), 1);
        return (millis + 999) / 1000;
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
