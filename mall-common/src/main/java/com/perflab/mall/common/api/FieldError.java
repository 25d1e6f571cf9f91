package com.perflab.mall.common.api;

/** One rejected input: the field (or parameter) name and why it was rejected. */
public record FieldError(String field, String message) {
}
