package com.perflab.mall.portal.returns;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.auth.AuthenticatedUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
            throw ApiException.badRequest("the order is not paid, or has no such product");
        }
        mapper.insert(memberId, user.username(), line, request);
    }
}
