package com.perflab.mall.admin.role;

import com.perflab.mall.common.access.AccessChanged;
import com.perflab.mall.common.access.AccessProperties;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles and what they grant: menus (what a UI shows) and resources (what the API allows). */
@Service
class RoleService {

    private final RoleMapper roles;
    private final ApplicationEventPublisher events;
    private final String superRole;

    RoleService(RoleMapper roles, ApplicationEventPublisher events, AccessProperties access) {
        this.roles = roles;
        this.events = events;
        this.superRole = access.superRole();
    }

    PageResult<Role> list(String keyword, PageQuery page) {
        String filter = keyword == null || keyword.isBlank() ? null : keyword.trim();
        long total = roles.count(filter);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, roles.page(filter, page.offset(), page.pageSize()));
    }

    List<Role> listAll() {
        return roles.findAll();
    }

    Role get(long id) {
        Role role = roles.findById(id);
        if (role == null) {
            throw ApiException.notFound("角色不存在");
        }
        return role;
    }

    /** Names are unique (checked here; the table has no unique key), so no second super-admin role can appear. */
    @Transactional
    Role create(RoleRequest request) {
        if (roles.nameTaken(request.name(), 0)) {
            throw ApiException.conflict("角色名称已存在");
        }
        roles.insert(request, LocalDateTime.now());
        return get(roles.lastInsertId());
    }

    @Transactional
    Role update(long id, RoleRequest request) {
        Role current = get(id);
        guardSuperRole(current, request.name(), request.status());
        if (roles.nameTaken(request.name(), id)) {
            throw ApiException.conflict("角色名称已存在");
        }
        roles.update(id, request);
        events.publishEvent(new AccessChanged("role " + id + " updated"));
        return get(id);
    }

    @Transactional
    void updateStatus(long id, int status) {
        Role current = get(id);
        guardSuperRole(current, current.name(), status);
        roles.updateStatus(id, status);
        events.publishEvent(new AccessChanged("status of role " + id));
    }

    @Transactional
    void delete(List<Long> ids) {
        for (long id : ids.stream().distinct().toList()) {
            Role current = get(id);
            if (current.name().equals(superRole)) {
                throw ApiException.conflict("超级管理员角色不能删除");
            }
            roles.deleteAdminRelations(id);
            roles.deleteMenus(id);
            roles.deleteResources(id);
            roles.delete(id);
        }
        events.publishEvent(new AccessChanged("roles " + ids + " deleted"));
    }

    List<RoleMenu> menus(long roleId) {
        get(roleId);
        return roles.findMenus(roleId);
    }

    List<RoleResource> resources(long roleId) {
        get(roleId);
        return roles.findResources(roleId);
    }

    /** Replaces the role's menus with the given ones. Menus only shape the UI, so no cache is involved. */
    @Transactional
    void assignMenus(long roleId, List<Long> menuIds) {
        get(roleId);
        List<Long> distinct = menuIds.stream().distinct().toList();
        if (!distinct.isEmpty() && roles.countMenus(distinct) != distinct.size()) {
            throw ApiException.badRequest("menuIds: 含有不存在的菜单");
        }
        roles.deleteMenus(roleId);
        if (!distinct.isEmpty()) {
            roles.insertMenus(roleId, distinct);
        }
    }

    /** Replaces the role's resources with the given ones; takes effect on the next request. */
    @Transactional
    void assignResources(long roleId, List<Long> resourceIds) {
        get(roleId);
        List<Long> distinct = resourceIds.stream().distinct().toList();
        if (!distinct.isEmpty() && roles.countResources(distinct) != distinct.size()) {
            throw ApiException.badRequest("resourceIds: 含有不存在的资源");
        }
        roles.deleteResources(roleId);
        if (!distinct.isEmpty()) {
            roles.insertResources(roleId, distinct);
        }
        events.publishEvent(new AccessChanged("resources of role " + roleId));
    }

    /** The super-admin role may be neither renamed nor disabled: that would lock everyone out of the back office. */
    private void guardSuperRole(Role current, String newName, int newStatus) {
        if (current.name().equals(superRole) && (!newName.equals(superRole) || newStatus != 1)) {
            throw ApiException.conflict("超级管理员角色不能改名或禁用");
        }
    }
}
