package com.perflab.mall.portal.home;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalIntegrationTest
class HomeListsTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/home/recommendProductList", "/home/hotProductList", "/home/newProductList",
            "/home/subjectList", "/brand/recommendList"})
    void everyListIsAPageWithDefaults(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(200))
                .andExpect(jsonPath("$.data.pageNum").value(1))
                .andExpect(jsonPath("$.data.pageSize").value(10))
                .andExpect(jsonPath("$.data.total").isNumber())
                .andExpect(jsonPath("$.data.totalPage").isNumber())
                .andExpect(jsonPath("$.data.list").isArray());
    }

    @ParameterizedTest
    @CsvSource({
            "/home/recommendProductList, pageSize, 101", "/home/recommendProductList, pageNum, 0",
            "/home/recommendProductList, pageSize, 0", "/home/hotProductList, pageSize, 101",
            "/home/newProductList, pageNum, 0", "/home/subjectList, pageSize, 101",
            "/brand/recommendList, pageNum, 0", "/home/newProductList, pageNum, x"})
    void pagingOutOfBoundsIs400NamingTheParameter(String path, String parameter, String value) throws Exception {
        mvc.perform(get(path).param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.data[0].field").value(parameter));
    }

    @Test
    void recommendedProductsArePagedOverAllOnSaleRecommendedProducts() throws Exception {
        mvc.perform(get("/home/recommendProductList").param("pageNum", "2").param("pageSize", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.pageNum").value(2))
                .andExpect(jsonPath("$.data.total").value(69))
                .andExpect(jsonPath("$.data.totalPage").value(14))
                .andExpect(jsonPath("$.data.list", hasSize(5)))
                .andExpect(jsonPath("$.data.list[*].recommandStatus", everyItem(is(1))));
    }

    @Test
    void aPageBeyondTheLastIsEmptyButKeepsTheTotals() throws Exception {
        mvc.perform(get("/home/hotProductList").param("pageNum", "50").param("pageSize", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.total").value(8))
                .andExpect(jsonPath("$.data.list", hasSize(0)));
    }

    @Test
    void subjectsFilterByCategory() throws Exception {
        mvc.perform(get("/home/subjectList").param("cateId", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.total").value(2))
                .andExpect(jsonPath("$.data.list[*].categoryId", everyItem(is(2))));
        mvc.perform(get("/home/subjectList").param("cateId", "0")).andExpect(status().isBadRequest());
    }
}
