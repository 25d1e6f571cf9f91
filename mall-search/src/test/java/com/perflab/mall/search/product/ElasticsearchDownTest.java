package com.perflab.mall.search.product;

import static com.perflab.mall.search.support.TestAdmins.SUPER;
import static com.perflab.mall.search.support.TestAdmins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Elasticsearch unreachable (nothing listens on port 1): 503 in the envelope, and the service still starts. */
@SpringBootTest(properties = {"MALL_DB_NAME=${MALL_TEST_DB_NAME:mall_test}", "spring.elasticsearch.uris=http://127.0.0.1:1"})
@AutoConfigureMockMvc
class ElasticsearchDownTest {

    @Autowired
    MockMvc mvc;

    @Test
    void searchesAnswer503() throws Exception {
        for (String path : new String[] {"/esProduct/search/simple?keyword=手机", "/esProduct/search?sort=3",
                "/esProduct/search/relate?keyword=手机", "/esProduct/recommend/33"}) {
            mvc.perform(get(path)).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.code").value(503))
                    .andExpect(jsonPath("$.data").doesNotExist());
        }
    }

    @Test
    void managementAnswers503() throws Exception {
        mvc.perform(post("/esProduct/importAll").with(as(SUPER))).andExpect(status().isServiceUnavailable()).andExpect(jsonPath("$.code").value(503));
        mvc.perform(post("/esProduct/create/33").with(as(SUPER))).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/esProduct/delete/33").with(as(SUPER))).andExpect(status().isServiceUnavailable());
    }

    @Test
    void badInputIsStill400() throws Exception {
        mvc.perform(get("/esProduct/search?sort=7")).andExpect(status().isBadRequest());
    }
}
