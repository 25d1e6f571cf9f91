package com.perflab.mall.admin.account;

/** What a login needs to know about an admin; never leaves this package. */
record AdminCredentials(long id, String username, String password, int status) {

    static final String COLUMNS = "id, username, password, status";

    boolean enabled() {
        return status == 1;
    }
}
