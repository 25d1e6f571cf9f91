package com.perflab.mall.admin.resource;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /resourceCategory/create} and {@code /resourceCategory/update/{id}}. */
record CategoryRequest(@NotBlank @Size(max = 200) String name, @Min(0) @Max(99999) Integer sort) {

    CategoryRequest {
        sort = sort == null ? 0 : sort;
    }
}
