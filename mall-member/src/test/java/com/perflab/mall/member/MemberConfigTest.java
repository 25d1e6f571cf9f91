package com.perflab.mall.member;

import com.perflab.mall.common.config.ServiceConfigContract;

/** The local and cluster profiles of mall-member as they are written in its configuration files. */
class MemberConfigTest extends ServiceConfigContract {

    MemberConfigTest() {
        super("mall-member", 8083);
    }
}
