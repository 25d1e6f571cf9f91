package com.perflab.mall.portal;

import com.perflab.mall.common.config.ServiceConfigContract;

/** The local and cluster profiles of mall-portal as they are written in its configuration files. */
class PortalConfigTest extends ServiceConfigContract {

    PortalConfigTest() {
        super("mall-portal");
    }
}
