package com.perflab.mall.common.web;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.common.api.ErrorCodes;
import com.perflab.mall.common.api.FieldError;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every exception of a servlet service into the envelope with the matching HTTP status.
 * Invalid input names the fields in {@code data}; unexpected failures are logged here and reach the
 * client as a plain 500 without internals.
 */
@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiResponse<List<FieldError>>> handleApi(ApiException ex) {
        // a refused input names its field in data, as Bean Validation's refusals do
        FieldError field = ex.errorCode() == ErrorCode.VALIDATE_FAILED ? ex.fieldError() : null;
        ResponseEntity<ApiResponse<List<FieldError>>> reply =
                reply(ex.errorCode(), ex.getMessage(), field == null ? null : List.of(field));
        Long retryAfter = ex.retryAfterSeconds();
        return retryAfter == null ? reply : ResponseEntity.status(reply.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, retryAfter.toString()).body(reply.getBody());
    }

    /** Invalid JSON bodies ({@code @Valid @RequestBody}) and form/query objects. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiResponse<List<FieldError>>> handleBind(BindException ex) {
        List<FieldError> errors = ex.getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.isBindingFailure() ? unreadable(e) : e.getDefaultMessage()))
                .toList();
        List<FieldError> all = new ArrayList<>(errors);
        ex.getGlobalErrors().forEach(e -> all.add(new FieldError(e.getObjectName(), e.getDefaultMessage())));
        return invalid(all);
    }

    /** Constraints declared directly on controller method parameters. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiResponse<List<FieldError>>> handleMethodValidation(HandlerMethodValidationException ex) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(
                        e -> errors.add(new FieldError(e.getField(), e.getDefaultMessage())));
            } else {
                String name = result.getMethodParameter().getParameterName();
                result.getResolvableErrors().forEach(e -> errors.add(new FieldError(name, e.getDefaultMessage())));
            }
        }
        return invalid(errors);
    }

    /** Constraints checked on service methods ({@code @Validated} beans). */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiResponse<List<FieldError>>> handleConstraintViolation(ConstraintViolationException ex) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath()), v.getMessage()))
                .toList();
        return invalid(errors);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiResponse<List<FieldError>>> handleMissingParameter(MissingServletRequestParameterException ex) {
        return invalid(List.of(new FieldError(ex.getParameterName(), "is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiResponse<List<FieldError>>> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
        return invalid(List.of(new FieldError(ex.getName(), InputTypes.expected(ex.getRequiredType(), ex))));
    }

    /**
     * A body that is not JSON, or JSON whose value does not fit its field (a fraction or an out-of-range
     * number for an integer, text for a number, an unknown date): 400, naming the field when Jackson knows it.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiResponse<List<FieldError>>> handleUnreadable(HttpMessageNotReadableException ex) {
        FieldError field = InputTypes.jsonField(ex);
        if (field != null) {
            return invalid(List.of(field));
        }
        return reply(ErrorCode.VALIDATE_FAILED, "request body is missing or is not valid JSON of the expected shape", null);
    }

    @ExceptionHandler({MissingRequestValueException.class, ServletRequestBindingException.class})
    ResponseEntity<ApiResponse<Void>> handleBinding(ServletRequestBindingException ex) {
        return reply(ErrorCode.VALIDATE_FAILED, ex.getMessage(), null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiResponse<Void>> handleNotFound(NoResourceFoundException ex) {
        return reply(ErrorCode.NOT_FOUND, "no such path: /" + ex.getResourcePath(), null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiResponse<Void>> handleMethod(HttpRequestMethodNotSupportedException ex) {
        return reply(ErrorCode.METHOD_NOT_ALLOWED, ex.getMessage(), null);
    }

    @ExceptionHandler(HttpMediaTypeException.class)
    ResponseEntity<ApiResponse<Void>> handleMediaType(HttpMediaTypeException ex) {
        return reply(ErrorCode.VALIDATE_FAILED, ex.getMessage(), null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiResponse<Void>> handleUnexpected(Exception ex) {
        // framework exceptions that already know their status, e.g. ResponseStatusException
        if (ex instanceof ErrorResponse errorResponse) {
            ErrorCode code = ErrorCodes.forStatus(errorResponse.getStatusCode().value());
            if (code != ErrorCode.FAILED) {
                return reply(code, errorResponse.getBody().getDetail(), null);
            }
        }
        switch (StoreFailure.of(ex)) {
            case DOWN -> {
                log.warn("A backing store is unavailable: {}", ex.toString());
                return reply(ErrorCode.SERVICE_UNAVAILABLE, StoreFailure.DOWN.message(), null);
            }
            case TIMEOUT -> {
                log.warn("A backing store timed out: {}", ex.toString());
                return reply(ErrorCode.SERVICE_UNAVAILABLE, StoreFailure.TIMEOUT.message(), null);
            }
            case LOCK_CONFLICT -> {
                log.info("A transaction lost a lock race: {}", ex.toString());
                return reply(ErrorCode.CONFLICT, StoreFailure.LOCK_CONFLICT.message(), null);
            }
            case NONE -> {
                // a bug: below
            }
        }
        log.error("Unexpected failure", ex);
        return reply(ErrorCode.FAILED, ErrorCode.FAILED.message(), null);
    }

    private static ResponseEntity<ApiResponse<List<FieldError>>> invalid(List<FieldError> errors) {
        String message = errors.isEmpty() ? ErrorCode.VALIDATE_FAILED.message()
                : errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElseThrow();
        return reply(ErrorCode.VALIDATE_FAILED, message, errors);
    }

    private static <T> ResponseEntity<ApiResponse<T>> reply(ErrorCode code, String message, T data) {
        String text = message == null || message.isBlank() ? code.message() : message;
        return ResponseEntity.status(code.httpStatus()).body(ApiResponse.failed(code, text, data));
    }

    /** A form or query value that could not be converted: what was expected, without Spring's internals. */
    private static String unreadable(org.springframework.validation.FieldError error) {
        TypeMismatchException mismatch = error.contains(TypeMismatchException.class)
                ? error.unwrap(TypeMismatchException.class) : null;
        return mismatch == null ? "is not a valid value" : InputTypes.expected(mismatch.getRequiredType(), mismatch);
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? path.toString() : name;
    }
}
