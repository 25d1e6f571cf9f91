package com.perflab.mall.common.api;

import java.time.Duration;

/**
 * A business failure that becomes an envelope with the given code and the matching HTTP status,
 * e.g. {@code throw new ApiException(ErrorCode.CONFLICT, "库存不足")}.
 */
public class ApiException extends RuntimeException {

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
