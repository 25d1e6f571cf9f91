package com.perflab.mall.admin.account;

/** A role held by an admin. */
record AdminRole(long id, String name, String description, int status) {
}
