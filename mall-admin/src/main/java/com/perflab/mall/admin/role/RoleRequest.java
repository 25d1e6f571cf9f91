package com.perflab.mall.admin.role;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /role/create} and {@code /role/update/{id}}. */
record RoleRequest(@NotBlank @Size(max = 100) @VisibleText String name,
                   @Size(max = 500) String description,
                   @Min(0) @Max(1) Integer status,
                   @Min(0) @Max(99999) Integer sort) {

    RoleRequest {
        name = Texts.strip(name);
        status = status == null ? 1 : status;
        sort = sort == null ? 0 : sort;
    }
}
