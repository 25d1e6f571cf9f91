package com.perflab.mall.common.api;

/**
 * The result codes of the envelope. A failure's code equals the HTTP status the reply carries, so
 * JMeter assertions on {@code code} and HTTP-level monitoring agree.
 */
public enum ErrorCode {

    SUCCESS(200, "操作成功"),
    VALIDATE_FAILED(400, "参数检验失败"),
    UNAUTHORIZED(401, "暂未登录或token已经过期"),
    FORBIDDEN(403, "没有相关权限"),
    NOT_FOUND(404, "资源不存在"),
    METHOD_NOT_ALLOWED(405, "请求方法不支持"),
    CONFLICT(409, "资源状态冲突"),
    TOO_MANY_REQUESTS(429, "请求过于频繁，请稍后再试"),
    FAILED(500, "操作失败"),
    SERVICE_UNAVAILABLE(503, "服务暂不可用"),
    GATEWAY_TIMEOUT(504, "服务响应超时");

    private final int code;
    private final String message;

    ErrorCode(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public int code() {
        return code;
    }

    /** The HTTP status a reply with this code is sent with. */
    public int httpStatus() {
        return code;
    }

    public String message() {
        return message;
    }
}
