package com.perflab.mall.admin.category;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /productCategory/create} and {@code /update/{id}}. The level follows from the parent and the
 * product count is kept by the system; neither is taken from the client. {@code productAttributeIdList} names
 * the filter attributes: null leaves them as they are on update, an empty list clears them.
 */
record CategoryRequest(@PositiveOrZero Long parentId,
                       @NotBlank @Size(max = 64) @VisibleText String name,
                       @Size(max = 64) @VisibleText String productUnit,
                       @Min(0) @Max(1) Integer navStatus,
                       @Min(0) @Max(1) Integer showStatus,
                       @Min(0) @Max(99999) Integer sort,
                       @Size(max = 255) String icon,
                       @Size(max = 255) String keywords,
                       @Size(max = 20000) String description,
                       @Size(max = 100) List<@NotNull @Positive Long> productAttributeIdList) {

    CategoryRequest {
        productUnit = Texts.strip(productUnit);
        parentId = parentId == null ? 0 : parentId;
        name = Texts.strip(name);
        navStatus = navStatus == null ? 0 : navStatus;
        showStatus = showStatus == null ? 0 : showStatus;
        sort = sort == null ? 0 : sort;
        productAttributeIdList = productAttributeIdList == null ? null
                : productAttributeIdList.stream().distinct().toList();
    }
}
