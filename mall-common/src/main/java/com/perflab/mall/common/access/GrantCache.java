package com.perflab.mall.common.access;

import java.util.function.LongFunction;

/** Where resolved grants are kept between requests; without one, every check reads the database. */
interface GrantCache {

    AccessGrant get(long adminId, LongFunction<AccessGrant> load);
}
