package com.perflab.mall.search.access;

import static com.perflab.mall.search.support.TestAdmins.CLERK;
import static com.perflab.mall.search.support.TestAdmins.MEMBER;
import static com.perflab.mall.search.support.TestAdmins.SUPER;
import static com.perflab.mall.search.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.search.SearchIntegrationTest;
import com.perflab.mall.search.TestIndices;
import com.perflab.mall.search.product.ProductIndexService;
import com.perflab.mall.search.support.TestAdmins;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Index management in mall-search itself (as a call that bypasses the gateway would reach it): only an
 * enabled admin whose roles hold a {@code /mall-search/...} resource matching the path gets through, checked
 * against the back office's role tables in the real database; refused calls leave the real index untouched.
 */
@SearchIntegrationTest
class ManagementAccessTest {

    /** Seeded: product 33 is on sale. */
    static final long PRODUCT = 33;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    ProductIndexService indexService;

    TestAdmins admins;
    AuthenticatedUser indexer;

    @BeforeAll
    void buildTheIndexAsAnAdminWithTheSeededResource() throws Exception {
        admins = new TestAdmins(jdbc);
        indexer = admins.adminWithResources("indexer", "/mall-search/esProduct/**");
        Set<String> before = indexService.indicesBehindAlias();
        assertThat(status(post("/esProduct/importAll"), as(indexer))).isEqualTo(200);
        assertThat(indexService.indicesBehindAlias()).hasSize(1).noneMatch(before::contains);
        assertThat(indexed(PRODUCT)).isTrue();
    }

    @AfterAll
    void cleanUp() throws Exception {
        admins.deleteAll();
        TestIndices.deleteAll(client, indexService);
    }

    List<MockHttpServletRequestBuilder> management() {
        return List.of(post("/esProduct/importAll"), post("/esProduct/create/" + PRODUCT),
                get("/esProduct/delete/" + PRODUCT), post("/esProduct/delete/batch").param("ids", Long.toString(PRODUCT)),
                post("/esProduct/delete/batch").contentType("application/json").content("[" + PRODUCT + "]"));
    }

    @Test
    void noIdentityIs401() throws Exception {
        for (MockHttpServletRequestBuilder call : management()) {
            assertThat(status(call, r -> r)).isEqualTo(401);
        }
        assertUntouched();
    }

    @Test
    void aMemberIs403() throws Exception {
        for (MockHttpServletRequestBuilder call : management()) {
            assertThat(status(call, as(MEMBER))).isEqualTo(403);
        }
        assertUntouched();
    }

    @Test
    void adminsWithoutASearchResourceAre403() throws Exception {
        AuthenticatedUser backOfficeEverything = admins.adminWithResources("backoffice", "/**", "/product/**");
        AuthenticatedUser otherService = admins.adminWithResources("portal", "/mall-portal/**");
        for (AuthenticatedUser admin : List.of(CLERK, backOfficeEverything, otherService)) {
            for (MockHttpServletRequestBuilder call : management()) {
                assertThat(status(call, as(admin))).as(admin.username()).isEqualTo(403);
            }
        }
        // role names in the identity grant nothing: permissions come from the database
        AuthenticatedUser clerkClaimingSuper = AuthenticatedUser.admin(CLERK.id(), "clerk", SUPER.roles());
        assertThat(status(post("/esProduct/importAll"), as(clerkClaimingSuper))).isEqualTo(403);
        assertUntouched();
    }

    @Test
    void aResourceOpensOnlyThePathsItMatches() throws Exception {
        AuthenticatedUser deleter = admins.adminWithResources("deleter", "/mall-search/esProduct/delete/**");
        assertThat(status(post("/esProduct/importAll"), as(deleter))).isEqualTo(403);
        assertThat(status(post("/esProduct/create/" + PRODUCT), as(deleter))).isEqualTo(403);
        assertUntouched();
        assertThat(status(get("/esProduct/delete/" + PRODUCT), as(deleter))).isEqualTo(200);
        assertThat(indexed(PRODUCT)).isFalse();
        assertThat(status(post("/esProduct/create/" + PRODUCT), as(indexer))).isEqualTo(200);
        assertThat(indexed(PRODUCT)).isTrue();
    }

    @Test
    void aDisabledAdminIs403() throws Exception {
        AuthenticatedUser leaver = admins.adminWithResources("leaver", "/mall-search/esProduct/**");
        admins.disable(leaver);
        assertThat(status(get("/esProduct/delete/" + PRODUCT), as(leaver))).isEqualTo(403);
        assertUntouched();
    }

    @Test
    void theSuperRoleMayManageAndSearchStaysPublic() throws Exception {
        assertThat(status(post("/esProduct/create/" + PRODUCT), as(SUPER))).isEqualTo(200);
        assertThat(status(get("/esProduct/search/simple?keyword=手机"), r -> r)).isEqualTo(200);
        assertThat(status(get("/esProduct/search"), r -> r)).isEqualTo(200);
        assertThat(status(get("/esProduct/search/relate"), r -> r)).isEqualTo(200);
        assertThat(status(get("/esProduct/recommend/" + PRODUCT), r -> r)).isEqualTo(200);
        assertThat(status(get("/actuator/health"), r -> r)).isIn(200, 503);
    }

    @Test
    void pathsAreCaseSensitiveHereSoACaseVariantFindsNoEndpoint() throws Exception {
        // the gateway blocks every case variant of /actuator and /internal; the service would not serve them either
        assertThat(status(get("/actuator/health"), r -> r)).isIn(200, 503);
        assertThat(status(get("/Actuator/health"), as(SUPER))).isEqualTo(404);
        assertThat(status(get("/ACTUATOR/HEALTH"), as(SUPER))).isEqualTo(404);
        assertThat(status(get("/esProduct/DELETE/" + PRODUCT), as(SUPER))).isEqualTo(404);
        assertThat(status(get("/esProduct/Delete/" + PRODUCT), as(MEMBER))).as("not public either").isEqualTo(403);
        assertUntouched();
    }

    private void assertUntouched() throws Exception {
        assertThat(indexed(PRODUCT)).as("the refused calls changed nothing").isTrue();
    }

    private boolean indexed(long id) throws Exception {
        return client.exists(e -> e.index(indexService.alias()).id(Long.toString(id))).value();
    }

    private int status(MockHttpServletRequestBuilder call, RequestPostProcessor caller) throws Exception {
        MockHttpServletResponse response = mvc.perform(call.with(caller)).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (response.getStatus() != 200) {
            assertThat(body).as("refusals are in the envelope").contains("\"code\":" + response.getStatus());
        }
        return response.getStatus();
    }
}
