package com.perflab.mall.admin.member;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.common.auth.TokenRevocations;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members: listing, enabling/disabling and moving between levels. Accounts are created by the shop. */
@Service
class MemberService {

    private final MemberMapper members;

    MemberService(MemberMapper members) {
        this.members = members;
    }

    PageResult<Member> list(MemberFilter filter, PageQuery page) {
        long total = members.count(filter);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, members.page(filter, page.offset(), page.pageSize()));
    }

    Member get(long id) {
        Member member = members.findById(id);
        if (member == null) {
            throw ApiException.notFound("会员不存在");
        }
        return member;
    }

    @Transactional
    void updateStatus(List<Long> ids, int status) {
        List<Long> found = lockAll(ids);
        members.updateStatus(found, status);
        if (status == 0) {
            // same transaction: a disabled member's tokens end with the change (the gateway re-reads within seconds)
            members.revokeTokens(found, System.currentTimeMillis(), TokenRevocations.DISABLED);
        }
    }

    @Transactional
    void updateLevel(List<Long> ids, long memberLevelId) {
        if (members.lockLevel(memberLevelId) == 0) {
            throw ApiException.badRequest("memberLevelId: 会员等级不存在");
        }
        List<Long> found = lockAll(ids);
        members.updateLevel(found, memberLevelId);
    }

    List<MemberLevel> levels(Integer defaultStatus) {
        return members.levels(defaultStatus);
    }

    /** Every id must name a member: a partly applied bulk change would be a surprise. */
    private List<Long> lockAll(List<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<Long> found = members.lockAll(distinct);
        if (found.size() != distinct.size()) {
            throw ApiException.badRequest("ids: 含有不存在的会员");
        }
        return found;
    }
}
