package com.perflab.mall.cart.catalog;

import com.perflab.mall.common.api.ApiException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A product and its SKUs for the cart's "change specification" dialog. */
@Service
public class ProductCatalog {

    private final ProductMapper products;

    ProductCatalog(ProductMapper products) {
        this.products = products;
    }

    /** The published product with its spec attributes and SKUs; 404 when absent or not on sale. */
    @Transactional(readOnly = true)
    public CartProduct product(long productId) {
        ProductRow product = products.findPublished(productId);
        if (product == null) {
            throw ApiException.notFound("商品不存在");
        }
        List<CartProduct.SpecAttribute> specs = product.productAttributeCategoryId() == null ? List.of()
                : products.findSpecAttributes(product.productAttributeCategoryId());
        return new CartProduct(product.id(), product.name(), product.pic(), product.subTitle(), product.productSn(),
                product.brandName(), product.productCategoryId(), product.price(), product.originalPrice(),
                specs, products.findSkus(productId));
    }
}
