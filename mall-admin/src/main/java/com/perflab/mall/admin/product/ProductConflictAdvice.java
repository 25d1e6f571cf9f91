package com.perflab.mall.admin.product;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The database's own guards behind the service's checks: a product number or SKU code taken by a concurrent
 * write (unique keys), or stock below the locked units (CHECK lock_stock <= stock) answer 409, not 500.
 */
@RestControllerAdvice(assignableTypes = ProductController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProductConflictAdvice {

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiResponse<Void>> conflict(DataIntegrityViolationException ex) {
        return ResponseEntity.status(ErrorCode.CONFLICT.httpStatus())
                .body(ApiResponse.failed(ErrorCode.CONFLICT, "商品数据冲突（货号、SKU 编码或锁定库存），请刷新后重试"));
    }
}
