package com.perflab.mall.member.sso;

/** What a login needs to know about a member; never leaves this package. */
record MemberCredentials(long id, String username, String password, int status, String phone) {

    static final String COLUMNS = "id, username, password, status, phone";

    boolean enabled() {
        return status == 1;
    }
}
