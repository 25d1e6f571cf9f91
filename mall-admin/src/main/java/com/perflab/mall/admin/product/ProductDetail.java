package com.perflab.mall.admin.product;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;

/** {@code GET /product/updateInfo/{id}}: the product's fields with its blocks, as the edit form needs them. */
record ProductDetail(@JsonUnwrapped Product product,
                     List<SkuRow> skuStockList,
                     List<AttributeValueRow> productAttributeValueList,
                     List<MemberPriceRow> memberPriceList,
                     List<LadderRow> productLadderList,
                     List<FullReductionRow> productFullReductionList) {

    record SkuRow(long id, long productId, String skuCode, BigDecimal price, int stock, Integer lowStock, String pic,
                  int sale, BigDecimal promotionPrice, int lockStock, String spData) {
    }

    record AttributeValueRow(long id, long productId, long productAttributeId, String value) {
    }

    record MemberPriceRow(long id, long productId, long memberLevelId, BigDecimal memberPrice,
                          String memberLevelName) {
    }

    record LadderRow(long id, long productId, int count, BigDecimal discount, BigDecimal price) {
    }

    record FullReductionRow(long id, long productId, BigDecimal fullPrice, BigDecimal reducePrice) {
    }
}
