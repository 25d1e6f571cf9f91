package com.perflab.mall.common.api;

/**
 * The JSON envelope of every reply: {@code {"code":200,"message":"...","data":...}}.
 *
 * @param code    {@link ErrorCode#code()} of the outcome; 200 on success
 * @param message a human-readable message
 * @param data    the payload, or details of a failure (such as the invalid fields), may be null
 */
public record ApiResponse<T>(int code, String message, T data) {

    public static <T> ApiResponse<T> success(T data) {
        return new ApiResponse<>(ErrorCode.SUCCESS.code(), ErrorCode.SUCCESS.message(), data);
    }

    public static <T> ApiResponse<T> success(T data, String message) {
        return new ApiResponse<>(ErrorCode.SUCCESS.code(), message, data);
    }

    public static <T> ApiResponse<T> failed(ErrorCode errorCode) {
        return new ApiResponse<>(errorCode.code(), errorCode.message(), null);
    }

    public static <T> ApiResponse<T> failed(ErrorCode errorCode, String message) {
        return new ApiResponse<>(errorCode.code(), message, null);
    }

    public static <T> ApiResponse<T> failed(ErrorCode errorCode, String message, T data) {
        return new ApiResponse<>(errorCode.code(), message, data);
    }
}
