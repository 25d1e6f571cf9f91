package com.perflab.mall.search;

import com.perflab.mall.common.config.ServiceConfigContract;

/** The local and cluster profiles of mall-search as they are written in its configuration files. */
class SearchConfigTest extends ServiceConfigContract {

    SearchConfigTest() {
        super("mall-search");
    }
}
