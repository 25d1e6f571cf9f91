package com.perflab.mall.admin.role;

/** A resource (API Ant path) assigned to a role. */
record RoleResource(long id, String name, String url, String description, Long categoryId) {
}
