package com.perflab.mall.common.api;

/** Lookups between HTTP statuses and {@link ErrorCode}s. */
public final class ErrorCodes {

    private ErrorCodes() {
    }

    /** The error code for an HTTP status; statuses without their own code fall into 400 or 500. */
    public static ErrorCode forStatus(int status) {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.httpStatus() == status) {
                return code;
            }
        }
        return status >= 400 && status < 500 ? ErrorCode.VALIDATE_FAILED : ErrorCode.FAILED;
    }
}
