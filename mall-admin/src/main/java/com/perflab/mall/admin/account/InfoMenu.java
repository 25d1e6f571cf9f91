package com.perflab.mall.admin.account;

/** A visible menu entry of {@code /admin/info}, flat; {@code parentId} 0 marks the top level. */
record InfoMenu(long id, long parentId, String title, int level, int sort, String name, String icon) {
}
