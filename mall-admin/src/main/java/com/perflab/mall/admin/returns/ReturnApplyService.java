package com.perflab.mall.admin.returns;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling of return requests: pending (0) -> accepted (1) or refused (3); accepted -> received (2). Any other
 * move, or a move from a status the request has already left (someone else handled it), is a conflict.
 */
@Service
class ReturnApplyService {

    private final ReturnApplyMapper applies;

    ReturnApplyService(ReturnApplyMapper applies) {
        this.applies = applies;
    }

    @Transactional(readOnly = true)
    PageResult<ReturnApply> list(ReturnApplyFilter filter, PageQuery page) {
        long total = applies.count(filter);
        return total == 0 || page.offset() >= total ? PageResult.of(page, total, List.of())
                : PageResult.of(page, total, applies.page(filter, page.offset(), page.pageSize()));
    }

    @Transactional(readOnly = true)
    ReturnApplyDetail detail(long id) {
        ReturnApply apply = find(id);
        ReturnAddress address = apply.companyAddressId() == null ? null : applies.findAddress(apply.companyAddressId());
        return new ReturnApplyDetail(apply, address);
    }

    @Transactional
    ReturnApplyDetail updateStatus(long id, ReturnStatusRequest request, String admin) {
        ReturnApply current = find(id);
        int changed = switch (request.status()) {
            case ReturnApply.ACCEPTED -> accept(current, request, admin);
            case ReturnApply.REFUSED -> applies.refuse(id, trimmed(request.handleNote()), admin);
            case ReturnApply.RECEIVED -> applies.receive(id, trimmed(request.receiveNote()), admin);
            default -> throw ApiException.badRequest("status: 只能改为 1、2 或 3");
        };
        if (changed != 1) {
            throw ApiException.conflict("退货申请 " + id + " 的状态已是 " + find(id).status() + "，不能改为 "
                    + request.status());
        }
        return detail(id);
    }

    private int accept(ReturnApply current, ReturnStatusRequest request, String admin) {
        if (current.status() != ReturnApply.PENDING) {
            // checked again by the UPDATE; answering here keeps a stale accept from being judged on its amount
            return 0;
        }
        if (request.returnAmount() == null) {
            throw ApiException.badRequest("returnAmount: 同意退货需要退款金额");
        }
        BigDecimal paid = applies.paidAmount(current.id());
        if (paid != null && request.returnAmount().compareTo(paid) > 0) {
            throw ApiException.badRequest("returnAmount: 退款金额不能超过实付金额 " + paid);
        }
        if (request.companyAddressId() == null) {
            throw ApiException.badRequest("companyAddressId: 同意退货需要收货地址");
        }
        if (applies.findAddress(request.companyAddressId()) == null) {
            throw ApiException.badRequest("companyAddressId: 收货地址不存在");
        }
        return applies.accept(current.id(), request.returnAmount(), request.companyAddressId(),
                trimmed(request.handleNote()), admin);
    }

    private ReturnApply find(long id) {
        ReturnApply apply = applies.findById(id);
        if (apply == null) {
            throw ApiException.notFound("退货申请 " + id + " 不存在");
        }
        return apply;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
