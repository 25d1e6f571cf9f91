package com.perflab.mall.admin.brand;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /brand/create} and {@code /brand/update/{id}}; counters are kept by the system, not sent. */
record BrandRequest(@NotBlank @Size(max = 64) @VisibleText String name,
                    @Size(max = 8) @VisibleText String firstLetter,
                    @Min(0) @Max(99999) Integer sort,
                    @Min(0) @Max(1) Integer factoryStatus,
                    @Min(0) @Max(1) Integer showStatus,
                    @Size(max = 255) String logo,
                    @Size(max = 255) String bigPic,
                    @Size(max = 20000) String brandStory) {

    BrandRequest {
        firstLetter = Texts.strip(firstLetter);
        name = Texts.strip(name);
        sort = sort == null ? 0 : sort;
        factoryStatus = factoryStatus == null ? 0 : factoryStatus;
        showStatus = showStatus == null ? 0 : showStatus;
    }
}
