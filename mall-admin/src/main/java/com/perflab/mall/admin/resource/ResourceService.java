package com.perflab.mall.admin.resource;

import com.perflab.mall.common.access.AccessChanged;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API resources and their categories. A change to a resource's url changes what its roles may call. */
@Service
class ResourceService {

    private final ResourceMapper resources;
    private final ApplicationEventPublisher events;

    ResourceService(ResourceMapper resources, ApplicationEventPublisher events) {
        this.resources = resources;
        this.events = events;
    }

    PageResult<Resource> list(Long categoryId, String nameKeyword, String urlKeyword, PageQuery page) {
        String name = blankToNull(nameKeyword);
        String url = blankToNull(urlKeyword);
        long total = resources.count(categoryId, name, url);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, resources.page(categoryId, name, url, page.offset(), page.pageSize()));
    }

    List<Resource> listAll() {
        return resources.findAll();
    }

    Resource get(long id) {
        Resource resource = resources.findById(id);
        if (resource == null) {
            throw ApiException.notFound("资源不存在");
        }
        return resource;
    }

    @Transactional
    Resource create(ResourceRequest request) {
        requireCategory(request.categoryId());
        resources.insert(request, LocalDateTime.now());
        // no role holds the new resource yet, so nothing cached can be stale
        return get(resources.lastInsertId());
    }

    @Transactional
    Resource update(long id, ResourceRequest request) {
        requireCategory(request.categoryId());
        if (resources.update(id, request) == 0) {
            throw ApiException.notFound("资源不存在");
        }
        events.publishEvent(new AccessChanged("resource " + id + " updated"));
        return get(id);
    }

    @Transactional
    void delete(long id) {
        resources.deleteRoleRelations(id);
        if (resources.delete(id) == 0) {
            throw ApiException.notFound("资源不存在");
        }
        events.publishEvent(new AccessChanged("resource " + id + " deleted"));
    }

    List<ResourceCategory> categories() {
        return resources.findCategories();
    }

    @Transactional
    ResourceCategory createCategory(CategoryRequest request) {
        resources.insertCategory(request, LocalDateTime.now());
        return resources.findCategory(resources.lastInsertId());
    }

    @Transactional
    ResourceCategory updateCategory(long id, CategoryRequest request) {
        if (resources.updateCategory(id, request) == 0) {
            throw ApiException.notFound("资源分类不存在");
        }
        return resources.findCategory(id);
    }

    @Transactional
    void deleteCategory(long id) {
        if (resources.countInCategory(id) > 0) {
            throw ApiException.conflict("分类下还有资源，不能删除");
        }
        if (resources.deleteCategory(id) == 0) {
            throw ApiException.notFound("资源分类不存在");
        }
    }

    private void requireCategory(long categoryId) {
        if (resources.findCategory(categoryId) == null) {
            throw ApiException.badRequest("categoryId: 资源分类不存在");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
