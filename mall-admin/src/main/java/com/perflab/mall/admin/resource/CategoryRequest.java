package com.perflab.mall.admin.resource;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /resourceCategory/create} and {@code /resourceCategory/update/{id}}. */
record CategoryRequest(@NotBlank @Size(max = 200) @VisibleText String name, @Min(0) @Max(99999) Integer sort) {

    CategoryRequest {
        name = Texts.strip(name);
        sort = sort == null ? 0 : sort;
    }
}
