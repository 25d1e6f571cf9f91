package com.perflab.mall.admin.menu;

import java.util.List;

/** {@code GET /menu/treeList}: a menu with its children. */
record MenuNode(long id, long parentId, String title, int level, int sort, String name, String icon, int hidden,
                List<MenuNode> children) {
}
