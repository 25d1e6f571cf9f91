package com.perflab.mall.common.web.probe;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProbeController {

    record SignUp(@NotBlank String username, @Email String email, @Min(1) int quantity) {
    }

    @PostMapping("/probe/json")
    ApiResponse<String> json(@Valid @RequestBody SignUp signUp) {
        return ApiResponse.success(signUp.username());
    }

    @GetMapping("/probe/param")
    ApiResponse<Integer> param(@RequestParam @Positive Integer count) {
        return ApiResponse.success(count);
    }

    @GetMapping("/probe/page")
    ApiResponse<PageResult<Integer>> page(@Valid PageQuery page) {
        return ApiResponse.success(PageResult.of(page, 25, List.of(1, 2)));
    }

    @GetMapping("/probe/item/{id}")
    ApiResponse<Long> item(@PathVariable Long id) {
        if (id == 404) {
            throw ApiException.notFound("item 404 does not exist");
        }
        return ApiResponse.success(id);
    }

    /** What a JDBC/Redis/Mongo client throws when its server refuses the connection, wrapped as they do. */
    @GetMapping("/probe/store-down")
    String storeDown() {
        throw new IllegalStateException("could not get a connection",
                new java.net.ConnectException("Connection refused: 127.0.0.1:6379"));
    }

    record Line(@NotNull @Min(1) Integer quantity) {
    }

    /** Integers of every shape a request uses: boxed, primitive, long, inside a list. */
    record Numbers(@NotNull Integer quantity, long productId, int count, List<@Valid Line> lines) {
    }

    @PostMapping("/probe/numbers")
    ApiResponse<Numbers> numbers(@Valid @RequestBody Numbers numbers) {
        return ApiResponse.success(numbers);
    }

    /** A name as the mall's request records take one: stripped, then checked. */
    record Named(@NotBlank @Size(max = 16) @VisibleText String name, @Size(max = 16) @VisibleText String nickName) {

        Named {
            name = Texts.strip(name);
            nickName = Texts.strip(nickName);
        }
    }

    @PostMapping("/probe/named")
    ApiResponse<Named> named(@Valid @RequestBody Named named) {
        return ApiResponse.success(named);
    }

    record DayFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                     @DateTimeFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime from) {
    }

    @GetMapping("/probe/filter")
    ApiResponse<DayFilter> filter(@Valid DayFilter filter) {
        return ApiResponse.success(filter);
    }

    @GetMapping("/probe/day")
    ApiResponse<LocalDate> day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return ApiResponse.success(day);
    }

    @GetMapping("/probe/quantity")
    ApiResponse<Integer> quantity(@RequestParam int quantity) {
        return ApiResponse.success(quantity);
    }

    @GetMapping("/probe/cross-field")
    ApiResponse<Void> crossField() {
        throw ApiException.invalid("amount", "must not exceed minPoint");
    }

    /** A Redis command or JDBC statement that ran out of its timeout, as Spring translates it. */
    @GetMapping("/probe/store-timeout")
    String storeTimeout() {
        throw new org.springframework.dao.QueryTimeoutException("Redis command timed out",
                new java.util.concurrent.TimeoutException("Command timed out after 2 second(s)"));
    }

    /** InnoDB picked this transaction as a deadlock victim (MyBatis wraps the translated exception). */
    @GetMapping("/probe/deadlock")
    String deadlock() {
        throw new org.springframework.dao.CannotAcquireLockException("Deadlock found when trying to get lock",
                new java.sql.SQLTransactionRollbackException("Deadlock found", "40001", 1213));
    }

    @GetMapping("/probe/boom")
    ApiResponse<Void> boom() {
        throw new IllegalStateException("secret internal detail");
    }
}
