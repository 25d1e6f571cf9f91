package com.perflab.mall.portal.brand;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalIntegrationTest
class BrandTest {

    @Autowired
    MockMvc mvc;

    @Test
    void recommendedBrandsArePagedInHomeOrder() throws Exception {
        mvc.perform(get("/brand/recommendList").param("pageNum", "2").param("pageSize", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.pageNum").value(2))
                .andExpect(jsonPath("$.data.pageSize").value(3))
                .andExpect(jsonPath("$.data.total").value(8))
                .andExpect(jsonPath("$.data.totalPage").value(3))
                .andExpect(jsonPath("$.data.list", hasSize(3)))
                .andExpect(jsonPath("$.data.list[0].name").value("格力"));
    }

    @Test
    void detailOfABrandOr404() throws Exception {
        mvc.perform(get("/brand/detail/3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.name").value("华为"))
                .andExpect(jsonPath("$.data.brandStory").isNotEmpty());
        mvc.perform(get("/brand/detail/999999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value(404));
        mvc.perform(get("/brand/detail/abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/brand/detail/0")).andExpect(status().isBadRequest());
    }

    /** Brands 24, 4 and 30 own the products seeded as not on sale (17, 141, 165). */
    @ParameterizedTest
    @CsvSource({"24, 17", "4, 141", "30, 165"})
    void productsOfABrandAreOnlyThoseOnSale(long brandId, int notOnSale) throws Exception {
        mvc.perform(get("/brand/productList").param("brandId", String.valueOf(brandId)).param("pageSize", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.list[*].brandId", everyItem(is((int) brandId))))
                .andExpect(jsonPath("$.data.list[*].id", not(hasItem(notOnSale))));
    }

    @Test
    void productListNeedsAValidBrandId() throws Exception {
        mvc.perform(get("/brand/productList")).andExpect(status().isBadRequest());
        mvc.perform(get("/brand/productList").param("brandId", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/brand/productList").param("brandId", "999999"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.total").value(0))
                .andExpect(jsonPath("$.data.totalPage").value(0));
    }
}
