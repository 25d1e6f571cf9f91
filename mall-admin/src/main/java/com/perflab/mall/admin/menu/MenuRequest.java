package com.perflab.mall.admin.menu;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** {@code POST /menu/create} and {@code /menu/update/{id}}; the level follows from the parent. */
record MenuRequest(@NotNull @PositiveOrZero Long parentId,
                   @NotBlank @Size(max = 100) @VisibleText String title,
                   @NotBlank @Size(max = 100) @VisibleText String name,
                   @Size(max = 200) String icon,
                   @Min(0) @Max(99999) Integer sort,
                   @Min(0) @Max(1) Integer hidden) {

    MenuRequest {
        title = Texts.strip(title);
        name = Texts.strip(name);
        sort = sort == null ? 0 : sort;
        hidden = hidden == null ? 0 : hidden;
    }
}
