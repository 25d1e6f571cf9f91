package com.perflab.mall.portal.returns;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /returnApply/create}, the course system's shape. Product name, price and count are taken from
 * the order line, not from the request. Texts a person typed are stripped of blank edges (Texts.strip).
 */
record ReturnApplyRequest(
        @NotNull @Positive Long orderId,
        @NotNull @Positive Long productId,
        @NotBlank @VisibleText @Size(max = 200) String reason,
        @Size(max = 500) String description,
        @Size(max = 1000) String proofPics,
        @NotBlank @VisibleText @Size(max = 100) String returnName,
        @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,32}", message = "电话号码格式不正确") String returnPhone) {

    ReturnApplyRequest {
        reason = Texts.strip(reason);
        description = Texts.strip(description);
        proofPics = Texts.strip(proofPics);
        returnName = Texts.strip(returnName);
        returnPhone = Texts.strip(returnPhone);
    }
}
