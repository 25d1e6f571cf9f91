package com.perflab.mall.admin.role;

/** A menu entry assigned to a role. */
record RoleMenu(long id, long parentId, String title, int level, int sort, String name, String icon, int hidden) {
}
