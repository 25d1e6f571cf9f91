package com.perflab.mall.admin.product;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code POST /product/create} and {@code /product/update/{id}}: the product with all its blocks. Brand and
 * category names, total stock, sales and lock stock are never taken from the client.
 */
record ProductRequest(
        @NotNull @Positive Long brandId,
        @NotNull @Positive Long productCategoryId,
        @Positive Long feightTemplateId,
        @Positive Long productAttributeCategoryId,
        @NotBlank @Size(max = 200) @VisibleText String name,
        @Size(max = 255) String pic,
        @NotBlank @Size(max = 64) @VisibleText String productSn,
        @Min(0) @Max(1) Integer publishStatus,
        @Min(0) @Max(1) Integer newStatus,
        @Min(0) @Max(1) Integer recommandStatus,
        @Min(0) @Max(1) Integer verifyStatus,
        @Min(0) @Max(99999) Integer sort,
        @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal price,
        @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal promotionPrice,
        @Min(0) Integer giftGrowth,
        @Min(0) Integer giftPoint,
        @Min(0) Integer usePointLimit,
        @Size(max = 255) @VisibleText String subTitle,
        @Size(max = 20000) String description,
        @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal originalPrice,
        @Min(0) Integer lowStock,
        @Size(max = 16) @VisibleText String unit,
        @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal weight,
        @Min(0) @Max(1) Integer previewStatus,
        @Size(max = 64) String serviceIds,
        @Size(max = 255) String keywords,
        @Size(max = 255) String note,
        @Size(max = 1000) String albumPics,
        @Size(max = 255) String detailTitle,
        @Size(max = 20000) String detailDesc,
        @Size(max = 60000) String detailHtml,
        @Size(max = 60000) String detailMobileHtml,
        LocalDateTime promotionStartTime,
        LocalDateTime promotionEndTime,
        @Min(0) Integer promotionPerLimit,
        @Min(0) @Max(5) Integer promotionType,
        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid Sku> skuStockList,
        @Size(max = 200) List<@NotNull @Valid AttributeValue> productAttributeValueList,
        @Size(max = 50) List<@NotNull @Valid MemberPrice> memberPriceList,
        @Size(max = 50) List<@NotNull @Valid Ladder> productLadderList,
        @Size(max = 50) List<@NotNull @Valid FullReduction> productFullReductionList) {

    ProductRequest {
        subTitle = Texts.strip(subTitle);
        unit = Texts.strip(unit);
        name = Texts.strip(name);
        productSn = Texts.strip(productSn);
        publishStatus = publishStatus == null ? 0 : publishStatus;
        newStatus = newStatus == null ? 0 : newStatus;
        recommandStatus = recommandStatus == null ? 0 : recommandStatus;
        verifyStatus = verifyStatus == null ? 0 : verifyStatus;
        sort = sort == null ? 0 : sort;
        giftGrowth = giftGrowth == null ? 0 : giftGrowth;
        giftPoint = giftPoint == null ? 0 : giftPoint;
        previewStatus = previewStatus == null ? 0 : previewStatus;
        promotionType = promotionType == null ? 0 : promotionType;
        productAttributeValueList = productAttributeValueList == null ? List.of() : productAttributeValueList;
        memberPriceList = memberPriceList == null ? List.of() : memberPriceList;
        productLadderList = productLadderList == null ? List.of() : productLadderList;
        productFullReductionList = productFullReductionList == null ? List.of() : productFullReductionList;
    }

    /** A SKU: with an id it updates that SKU of this product in place, without one it is added. */
    record Sku(@Positive Long id,
               @NotBlank @Size(max = 64) @VisibleText String skuCode,
               @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal price,
               @NotNull @Min(0) @Max(100_000_000) Integer stock,
               @Min(0) Integer lowStock,
               @Size(max = 255) String pic,
               @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal promotionPrice,
               @Size(max = 500) String spData) {

        Sku {
            skuCode = Texts.strip(skuCode);
        }
    }

    record AttributeValue(@NotNull @Positive Long productAttributeId, @Size(max = 255) String value) {
    }

    record MemberPrice(@NotNull @Positive Long memberLevelId,
                       @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal memberPrice,
                       @Size(max = 64) String memberLevelName) {
    }

    record Ladder(@NotNull @Min(1) Integer count,
                  @NotNull @DecimalMin("0.01") @Max(1) @Digits(integer = 1, fraction = 2) BigDecimal discount,
                  @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal price) {
    }

    record FullReduction(@NotNull @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) BigDecimal fullPrice,
                         @NotNull @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) BigDecimal reducePrice) {
    }
}
