package com.perflab.mall.admin.account;

import java.time.LocalDateTime;

/** An admin as lists and details show it; there is no password field, so no mapping can leak the hash. */
record AdminView(long id, String username, String icon, String email, String nickName, String note,
                 LocalDateTime createTime, LocalDateTime loginTime, int status) {

    static final String COLUMNS = "id, username, icon, email, nick_name, note, create_time, login_time, status";
}
