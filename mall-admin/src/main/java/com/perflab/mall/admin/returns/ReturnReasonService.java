package com.perflab.mall.admin.returns;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Return reasons. Requests keep the reason as text, so deleting a reason never changes them. */
@Service
class ReturnReasonService {

    private final ReturnReasonMapper reasons;

    ReturnReasonService(ReturnReasonMapper reasons) {
        this.reasons = reasons;
    }

    @Transactional(readOnly = true)
    PageResult<ReturnReason> list(PageQuery page) {
        long total = reasons.count();
        return total == 0 || page.offset() >= total ? PageResult.of(page, total, List.of())
                : PageResult.of(page, total, reasons.page(page.offset(), page.pageSize()));
    }

    @Transactional(readOnly = true)
    ReturnReason get(long id) {
        ReturnReason reason = reasons.findById(id);
        if (reason == null) {
            throw ApiException.notFound("退货原因 " + id + " 不存在");
        }
        return reason;
    }

    @Transactional
    ReturnReason create(ReturnReasonRequest request) {
        reasons.insert(request);
        return get(reasons.lastInsertId());
    }

    @Transactional
    ReturnReason update(long id, ReturnReasonRequest request) {
        if (reasons.update(id, request) != 1) {
            throw ApiException.notFound("退货原因 " + id + " 不存在");
        }
        return get(id);
    }

    /** All or nothing: an unknown id refuses the whole batch. */
    @Transactional
    void delete(List<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        if (reasons.delete(distinct) != distinct.size()) {
            throw ApiException.notFound("ids: 含有不存在的退货原因");
        }
    }

    @Transactional
    void updateStatus(List<Long> ids, int status) {
        List<Long> distinct = ids.stream().distinct().toList();
        if (reasons.countIds(distinct) != distinct.size()) {
            throw ApiException.badRequest("ids: 含有不存在的退货原因");
        }
        reasons.updateStatus(distinct, status);
    }
}
