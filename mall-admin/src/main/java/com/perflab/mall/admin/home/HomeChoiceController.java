package com.perflab.mall.admin.home;

import com.perflab.mall.common.api.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The endpoints every pick list has the same way: sort, bulk show/hide and bulk delete (ids comma-separated or
 * repeated, up to 100). The list and create endpoints differ in their names and live in the subclasses.
 */
abstract class HomeChoiceController {

    final HomeChoiceService choices;
    final HomeList list;

    HomeChoiceController(HomeChoiceService choices, HomeList list) {
        this.choices = choices;
        this.list = list;
    }

    @PostMapping("/update/sort/{id}")
    ApiResponse<Void> updateSort(@PathVariable @Positive long id,
                                 @RequestParam @NotNull @Min(0) @Max(99999) Integer sort) {
        choices.updateSort(list, id, sort);
        return ApiResponse.success(null, "修改成功");
    }

    @PostMapping("/update/recommendStatus")
    ApiResponse<Void> updateRecommendStatus(
            @RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids,
            @RequestParam @NotNull @Min(0) @Max(1) Integer recommendStatus) {
        choices.updateRecommendStatus(list, ids, recommendStatus);
        return ApiResponse.success(null, "修改成功");
    }

    @PostMapping("/delete")
    ApiResponse<Void> delete(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids) {
        choices.delete(list, ids);
        return ApiResponse.success(null, "删除成功");
    }
}
