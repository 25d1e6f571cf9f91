package com.perflab.mall.admin.attribute;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** {@code POST /productAttribute/create} and {@code /update/{id}}. */
record AttributeRequest(@NotNull @Positive Long productAttributeCategoryId,
                        @NotBlank @Size(max = 64) @VisibleText String name,
                        @Min(0) @Max(2) Integer selectType,
                        @Min(0) @Max(1) Integer inputType,
                        @Size(max = 255) String inputList,
                        @Min(0) @Max(99999) Integer sort,
                        @Min(0) @Max(1) Integer filterType,
                        @Min(0) @Max(2) Integer searchType,
                        @Min(0) @Max(1) Integer relatedStatus,
                        @Min(0) @Max(1) Integer handAddStatus,
                        @NotNull @Min(0) @Max(1) Integer type) {

    AttributeRequest {
        name = Texts.strip(name);
        selectType = selectType == null ? 0 : selectType;
        inputType = inputType == null ? 0 : inputType;
        sort = sort == null ? 0 : sort;
        filterType = filterType == null ? 0 : filterType;
        searchType = searchType == null ? 0 : searchType;
        relatedStatus = relatedStatus == null ? 0 : relatedStatus;
        handAddStatus = handAddStatus == null ? 0 : handAddStatus;
    }
}
