package com.perflab.mall.portal.order;

import com.perflab.mall.portal.promotion.PricedLine;
import java.util.List;

/** What confirm and generate both start from: the member's selected cart lines, priced from the catalog. */
record Checkout(List<CartLine> cartLines, List<PricedLine> lines) {
}
