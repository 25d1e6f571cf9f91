package com.perflab.mall.admin.member;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Members and member levels; bulk changes take up to 100 ids, comma-separated or repeated. */
@RestController
@RequestMapping("/member")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping("/list")
    ApiResponse<PageResult<Member>> list(@Valid MemberFilter filter, @Valid PageQuery page) {
        return ApiResponse.success(members.list(filter, page));
    }

    @GetMapping("/{id}")
    ApiResponse<Member> get(@PathVariable @Positive long id) {
        return ApiResponse.success(members.get(id));
    }

    /** Disabled members cannot log in to the shop (mall-member refuses them). */
    @PostMapping("/updateStatus")
    ApiResponse<Void> updateStatus(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids,
                                   @RequestParam @NotNull @Min(0) @Max(1) Integer status) {
        members.updateStatus(ids, status);
        return ApiResponse.success(null, "修改成功");
    }

    @PostMapping("/update/level")
    ApiResponse<Void> updateLevel(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids,
                                  @RequestParam @NotNull @Positive Long memberLevelId) {
        members.updateLevel(ids, memberLevelId);
        return ApiResponse.success(null, "修改成功");
    }

    @GetMapping("/level/list")
    ApiResponse<List<MemberLevel>> levels(@RequestParam(required = false) @Min(0) @Max(1) Integer defaultStatus) {
        return ApiResponse.success(members.levels(defaultStatus));
    }
}
