package com.perflab.mall.admin.home;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** New arrivals on the shop's home page. */
@RestController
@RequestMapping("/home/newProduct")
class HomeNewProductController extends HomeProductController {

    HomeNewProductController(HomeChoiceService choices) {
        super(choices, HomeList.NEW_PRODUCT);
    }
}
