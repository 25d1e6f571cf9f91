package com.perflab.mall.admin;

import com.perflab.mall.common.config.ServiceConfigContract;

/** The local and cluster profiles of mall-admin as they are written in its configuration files. */
class AdminConfigTest extends ServiceConfigContract {

    AdminConfigTest() {
        super("mall-admin");
    }
}
