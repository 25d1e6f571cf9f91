package com.perflab.mall.common.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.common.web.probe.ProbeApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** The envelope and status of every kind of failure, through the real Spring MVC stack. */
@WebMvcTest
@ContextConfiguration(classes = ProbeApplication.class)
@ImportAutoConfiguration({com.perflab.mall.common.auth.AuthAutoConfiguration.class, MallWebMvcAutoConfiguration.class})
class GlobalExceptionHandlerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void invalidJsonBodyIs400NamingEachField() throws Exception {
        mvc.perform(post("/probe/json").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\" \",\"email\":\"not-an-email\",\"quantity\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.data[*].field").value(hasItem("username")))
                .andExpect(jsonPath("$.data[*].field").value(hasItem("email")))
                .andExpect(jsonPath("$.data[*].field").value(hasItem("quantity")))
                .andExpect(jsonPath("$.message").value(containsString("email")));
    }

    @Test
    void validBodyIsWrappedInTheSuccessEnvelope() throws Exception {
        mvc.perform(post("/probe/json").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"alice\",\"email\":\"a@b.cn\",\"quantity\":2}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(200))
                .andExpect(jsonPath("$.data").value("alice"))
                .andExpect(jsonPath("$.length()").value(3));
    }

    @Test
    void malformedJsonIs400() throws Exception {
        mvc.perform(post("/probe/json").contentType(MediaType.APPLICATION_JSON).content("{oops"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400));
    }

    @Test
    void constraintOnParameterIs400NamingTheParameter() throws Exception {
        mvc.perform(get("/probe/param").param("count", "-3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("count"));
    }

    @Test
    void missingAndMistypedParametersAre400() throws Exception {
        mvc.perform(get("/probe/param"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("count"));
        mvc.perform(get("/probe/param").param("count", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("count"));
    }

    @Test
    void pageSizeAboveTheLimitIs400() throws Exception {
        mvc.perform(get("/probe/page").param("pageNum", "1").param("pageSize", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("pageSize"));
    }

    @Test
    void pageHasTheCourseSystemShape() throws Exception {
        mvc.perform(get("/probe/page").param("pageNum", "2").param("pageSize", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.pageNum").value(2))
                .andExpect(jsonPath("$.data.pageSize").value(10))
                .andExpect(jsonPath("$.data.totalPage").value(3))
                .andExpect(jsonPath("$.data.total").value(25))
                .andExpect(jsonPath("$.data.list.length()").value(2));
    }

    @Test
    void businessNotFoundKeepsItsStatusAndMessage() throws Exception {
        mvc.perform(get("/probe/item/404"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value(404))
                .andExpect(jsonPath("$.message").value("item 404 does not exist"));
    }

    @Test
    void unknownPathIs404InTheEnvelope() throws Exception {
        mvc.perform(get("/no/such/thing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value(404));
    }

    @Test
    void wrongMethodIs405() throws Exception {
        mvc.perform(get("/probe/json"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value(405));
    }

    @Test
    void anUnreachableStoreIs503WithoutInternals() throws Exception {
        mvc.perform(get("/probe/store-down"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value(503))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.not(containsString("6379"))));
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() throws Exception {
        mvc.perform(get("/probe/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value(500))
                .andExpect(content().string(not(containsString("secret internal detail"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }
}
