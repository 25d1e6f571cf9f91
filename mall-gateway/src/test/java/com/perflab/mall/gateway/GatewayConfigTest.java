package com.perflab.mall.gateway;

import com.perflab.mall.common.config.ServiceConfigContract;

/** The local and cluster profiles of mall-gateway as they are written in its configuration files. */
class GatewayConfigTest extends ServiceConfigContract {

    GatewayConfigTest() {
        super("mall-gateway");
    }
}
