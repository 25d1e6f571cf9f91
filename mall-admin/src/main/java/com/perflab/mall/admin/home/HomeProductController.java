package com.perflab.mall.admin.home;

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
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The two product lists of the home page: the same endpoints over different tables. */
abstract class HomeProductController extends HomeChoiceController {

    HomeProductController(HomeChoiceService choices, HomeList list) {
        super(choices, list);
    }

    @GetMapping("/list")
    ApiResponse<PageResult<HomeChoice.Product>> list(@RequestParam(required = false) @Size(max = 200) String productName,
            @RequestParam(required = false) @Min(0) @Max(1) Integer recommendStatus, @Valid PageQuery page) {
        return ApiResponse.success(choices.list(list, productName, recommendStatus, page).map(HomeChoice::asProduct));
    }

    /** Answers how many were added; ones already on the list are skipped. */
    @PostMapping(path = "/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Integer> create(@RequestBody @NotEmpty @Size(max = 100) List<@NotNull @Valid Pick> picks) {
        return ApiResponse.success(choices.create(list, picks.stream().map(Pick::productId).toList()), "添加成功");
    }

    /** The name sent is ignored: the one in the catalog is stored. */
    record Pick(@NotNull @Positive Long productId, @Size(max = 200) String productName) {
    }
}
