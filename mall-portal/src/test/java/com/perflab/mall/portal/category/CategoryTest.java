package com.perflab.mall.portal.category;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalIntegrationTest
class CategoryTest {

    @Autowired
    MockMvc mvc;

    @Test
    void treeHasTwoLevelsWithChildrenUnderTheirParent() throws Exception {
        mvc.perform(get("/product/categoryTreeList"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data", hasSize(8)))
                .andExpect(jsonPath("$.data[*].level", everyItem(is(0))))
                .andExpect(jsonPath("$.data[*].parentId", everyItem(is(0))))
                .andExpect(jsonPath("$.data[0].name").value("服装"))
                .andExpect(jsonPath("$.data[0].category").doesNotExist())
                .andExpect(jsonPath("$.data[*].children", everyItem(not(empty()))))
                .andExpect(jsonPath("$.data[*].children[*].level", everyItem(is(1))))
                .andExpect(jsonPath("$.data[0].children[*].parentId", everyItem(is(1))))
                .andExpect(jsonPath("$.data[*].children[*].children").doesNotExist());
    }

    @Test
    void childrenOfACategoryAreListedBySort() throws Exception {
        mvc.perform(get("/home/productCateList/0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data", hasSize(8)));
        mvc.perform(get("/home/productCateList/2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[*].parentId", everyItem(is(2))))
                .andExpect(jsonPath("$.data[0].name").value("手机"));
        mvc.perform(get("/home/productCateList/999"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data", empty()));
    }

    @Test
    void badParentIdIs400() throws Exception {
        mvc.perform(get("/home/productCateList/-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/home/productCateList/x")).andExpect(status().isBadRequest());
    }
}
