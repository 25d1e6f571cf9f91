package com.perflab.mall.cart;

import com.perflab.mall.common.config.ServiceConfigContract;

/** The local and cluster profiles of mall-cart as they are written in its configuration files. */
class CartConfigTest extends ServiceConfigContract {

    CartConfigTest() {
        super("mall-cart");
    }
}
