package com.perflab.mall.common.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.common.auth.AuthAutoConfiguration;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.IdentityHeaders;
import com.perflab.mall.common.test.TestIdentity;
import com.perflab.mall.common.web.probe.ProbeApplication;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A service trusts only signed identity headers, and its internal API only signed services. */
@WebMvcTest
@ContextConfiguration(classes = ProbeApplication.class)
@ImportAutoConfiguration({AuthAutoConfiguration.class, MallWebMvcAutoConfiguration.class})
class IdentityProofFilterTest {

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, AuthenticatedUser user) {
        TestIdentity.headers(user).forEach(request::header);
        return request;
    }

    /** The request URI exactly as spelled (a URI template would read "//internal" as a host name). */
    static MockHttpServletRequestBuilder raw(String path) {
        return get("/").with(request -> {
            request.setRequestURI(path);
            return request;
        });
    }

    @Test
    void signedIdentityReachesTheController() throws Exception {
        mvc.perform(as(get("/probe/me"), AuthenticatedUser.member(42, "小明")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data").value("MEMBER:42:小明"));
    }

    @Test
    void handMadeIdentityIs401EvenOnAnEndpointThatNeedsNone() throws Exception {
        Map<String, String> forged = Map.of(IdentityHeaders.USER_ID, "1", IdentityHeaders.USER_TYPE, "ADMIN");
        for (String path : new String[] {"/probe/me", "/probe/anyone"}) {
            MockHttpServletRequestBuilder request = get(path);
            forged.forEach(request::header);
            mvc.perform(request).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value(401));
        }
    }

    @Test
    void anonymousCallersReachPublicEndpointsOnly() throws Exception {
        mvc.perform(get("/probe/anyone")).andExpect(status().isOk());
        mvc.perform(get("/probe/me")).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value(401));
    }

    @Test
    void internalApiAnswersOnlyToSignedServicesInAnySpelling() throws Exception {
        mvc.perform(as(get("/internal/probe"), AuthenticatedUser.service("mall-cart")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.data").value("mall-cart"));
        for (String path : new String[] {"/internal/probe", "//internal/probe", "/INTERNAL/probe",
                "/internal;x=1/probe"}) {
            mvc.perform(raw(path)).andExpect(status().isUnauthorized());
            mvc.perform(as(raw(path), AuthenticatedUser.member(42, "alice"))).andExpect(status().isForbidden());
            mvc.perform(as(raw(path), AuthenticatedUser.admin(1, "admin", java.util.List.of("超级管理员"))))
                    .andExpect(status().isForbidden());
        }
    }
}
