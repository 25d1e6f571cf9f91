package com.perflab.mall.admin.returns;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /returnReason/create} and {@code /returnReason/update/{id}}. */
record ReturnReasonRequest(@NotBlank @Size(max = 100) @VisibleText String name,
                           @Min(0) @Max(99999) Integer sort,
                           @Min(0) @Max(1) Integer status) {

    ReturnReasonRequest {
        name = Texts.strip(name);
        sort = sort == null ? 0 : sort;
        status = status == null ? 1 : status;
    }
}
