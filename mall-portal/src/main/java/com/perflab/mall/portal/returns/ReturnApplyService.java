package com.perflab.mall.portal.returns;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.common.auth.AuthenticatedUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One return request per order line (order, product): a second one, also a racing one, is refused with 409. A
 * member lists their own requests with the back office's answer.
 */
@Service
class ReturnApplyService {

    private final ReturnApplyMapper mapper;

    ReturnApplyService(ReturnApplyMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional
    public void create(AuthenticatedUser user, ReturnApplyRequest request) {
        long memberId = user.memberId();
        ReturnableLine line = mapper.findReturnable(memberId, request.orderId(), request.productId());
        if (line == null) {
            // someone else's order looks exactly like a missing one
            if (mapper.countOwnOrder(memberId, request.orderId()) == 0) {
                throw ApiException.notFound("order " + request.orderId() + " not found");
            }
            throw ApiException.badRequest("productId: the order is not paid, or has no such product");
        }
        // the unique key on (order_id, product_id) decides a race; the check spares the usual case the error
        if (mapper.countForLine(request.orderId(), request.productId()) > 0) {
            throw alreadyRequested();
        }
        try {
            mapper.insert(memberId, user.username(), line, request);
        } catch (DuplicateKeyException raced) {
            throw alreadyRequested();
        }
    }

    /** The member's own requests, newest first. */
    @Transactional(readOnly = true)
    public PageResult<MyReturn> list(long memberId, PageQuery page) {
        long total = mapper.countByMember(memberId);
        if (total == 0) {
            return PageResult.empty(page);
        }
        return PageResult.of(page, total, mapper.findByMember(memberId, page.offset(), page.pageSize()));
    }

    private static ApiException alreadyRequested() {
        return ApiException.conflict("该商品已申请退货，请勿重复提交");
    }
}
