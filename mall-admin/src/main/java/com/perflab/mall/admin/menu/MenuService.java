package com.perflab.mall.admin.menu;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The back-office menu tree. Menus only shape the UI; what an admin may call is decided by resources. */
@Service
class MenuService {

    private final MenuMapper menus;

    MenuService(MenuMapper menus) {
        this.menus = menus;
    }

    /** The whole tree from one query (the table holds tens of rows), assembled in memory. */
    List<MenuNode> tree() {
        List<Menu> all = menus.findAll();
        Map<Long, List<Menu>> byParent = new LinkedHashMap<>();
        all.forEach(m -> byParent.computeIfAbsent(m.parentId(), k -> new ArrayList<>()).add(m));
        return children(0L, byParent, 0);
    }

    PageResult<Menu> children(long parentId, PageQuery page) {
        long total = menus.countChildren(parentId);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, menus.pageChildren(parentId, page.offset(), page.pageSize()));
    }

    Menu get(long id) {
        Menu menu = menus.findById(id);
        if (menu == null) {
            throw ApiException.notFound("菜单不存在");
        }
        return menu;
    }

    @Transactional
    Menu create(MenuRequest request) {
        menus.insert(request, levelUnder(request.parentId(), null), LocalDateTime.now());
        return get(menus.lastInsertId());
    }

    @Transactional
    Menu update(long id, MenuRequest request) {
        get(id);
        menus.update(id, request, levelUnder(request.parentId(), id));
        return get(id);
    }

    @Transactional
    void updateHidden(long id, int hidden) {
        if (menus.updateHidden(id, hidden) == 0) {
            throw ApiException.notFound("菜单不存在");
        }
    }

    @Transactional
    void delete(long id) {
        get(id);
        if (menus.countChildren(id) > 0) {
            throw ApiException.conflict("请先删除子菜单");
        }
        menus.deleteRoleRelations(id);
        menus.delete(id);
    }

    /** 0 at the top, one more than the parent below it; a menu may not be moved under itself. */
    private int levelUnder(long parentId, Long movedId) {
        if (parentId == 0) {
            return 0;
        }
        if (movedId != null && movedId == parentId) {
            throw ApiException.badRequest("parentId: 不能以自己为上级菜单");
        }
        Menu parent = menus.findById(parentId);
        if (parent == null) {
            throw ApiException.badRequest("parentId: 上级菜单不存在");
        }
        if (movedId != null && menus.countChildren(movedId) > 0) {
            // keeps the tree two levels deep, as the UI draws it, and rules out cycles
            throw ApiException.conflict("有子菜单的菜单不能移到其他菜单下");
        }
        return parent.level() + 1;
    }

    private static List<MenuNode> children(long parentId, Map<Long, List<Menu>> byParent, int depth) {
        List<MenuNode> nodes = new ArrayList<>();
        // depth bound: rows written around this service could form a cycle
        if (depth > 10) {
            return nodes;
        }
        for (Menu m : byParent.getOrDefault(parentId, List.of())) {
            nodes.add(new MenuNode(m.id(), m.parentId(), m.title(), m.level(), m.sort(), m.name(), m.icon(),
                    m.hidden(), children(m.id(), byParent, depth + 1)));
        }
        return nodes;
    }
}
