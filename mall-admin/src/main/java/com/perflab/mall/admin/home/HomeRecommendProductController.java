package com.perflab.mall.admin.home;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Popular products on the shop's home page. */
@RestController
@RequestMapping("/home/recommendProduct")
class HomeRecommendProductController extends HomeProductController {

    HomeRecommendProductController(HomeChoiceService choices) {
        super(choices, HomeList.RECOMMEND_PRODUCT);
    }
}
