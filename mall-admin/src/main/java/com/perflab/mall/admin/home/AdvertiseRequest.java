package com.perflab.mall.admin.home;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** {@code POST /home/advertise/create} and {@code /update/{id}}; click and order counts are kept by the shop. */
record AdvertiseRequest(@NotBlank @Size(max = 100) @VisibleText String name,
                        @NotNull @Min(0) @Max(1) Integer type,
                        @NotBlank @Size(max = 500) @Pattern(regexp = "^(https?://|/).*") String pic,
                        @NotNull LocalDateTime startTime,
                        @NotNull LocalDateTime endTime,
                        @Min(0) @Max(1) Integer status,
                        @Size(max = 500) @Pattern(regexp = "^(https?://|/).*") String url,
                        @Size(max = 500) String note,
                        @Min(0) @Max(99999) Integer sort) {

    AdvertiseRequest {
        name = Texts.strip(name);
        status = status == null ? 0 : status;
        sort = sort == null ? 0 : sort;
    }
}
