package com.perflab.mall.admin.resource;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** {@code POST /resource/create} and {@code /resource/update/{id}}. */
record ResourceRequest(@NotBlank @Size(max = 200) @VisibleText String name,
                       @NotNull @Size(max = 200)
                       @Pattern(regexp = "^/[\\x21-\\x7E]*$", message = "must be an Ant path starting with /")
                       String url,
                       @Size(max = 500) String description,
                       @NotNull @Positive Long categoryId) {

    ResourceRequest {
        name = Texts.strip(name);
    }
}
