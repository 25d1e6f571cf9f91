package com.perflab.mall.portal.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A back-office change of orders (mall-admin's close and delete): all of {@code ids} or none.
 *
 * @param ids      the orders, at most 100, each once
 * @param note     the admin's reason, kept in the history row (close only), may be null
 * @param operator the admin's username, the history row's operator
 */
record BackOfficeOrderChange(@NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids,
                             @Size(max = 400) String note,
                             @NotBlank @Size(max = 64) String operator) {

    BackOfficeOrderChange {
        note = note == null || note.isBlank() ? null : note.trim();
    }
}
