package com.perflab.mall.admin.home;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subjects to pick recommended ones from. Under {@code /home} because the seeded resources have no
 * {@code /subject/**} pattern; subjects themselves are edited elsewhere.
 */
@RestController
class HomeSubjectController {

    private final HomeAdvertiseService home;

    HomeSubjectController(HomeAdvertiseService home) {
        this.home = home;
    }

    @GetMapping("/home/subject/list")
    ApiResponse<PageResult<HomeSubject>> list(@RequestParam(required = false) @Size(max = 100) String keyword,
                                              @Valid PageQuery page) {
        return ApiResponse.success(home.subjects(keyword, page));
    }
}
