package com.perflab.mall.admin.account;

import java.util.List;

/** {@code GET /admin/info}: what a back-office UI needs to draw itself for the caller. */
record AdminInfo(String username, String nickName, String icon, List<String> roles, List<InfoMenu> menus) {
}
