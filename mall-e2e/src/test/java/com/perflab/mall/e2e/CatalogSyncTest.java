package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Admin catalog changes reach the shop's search through RabbitMQ: the admin unpublishes a product, the
 * product event makes mall-search drop it, and publishing it again brings it back.
 */
class CatalogSyncTest {

    static final long PRODUCT = 30;

    static PrivateLab lab;

    @BeforeAll
    static void importCatalog() throws Exception {
        lab = PrivateLab.shared();
        assertThat(lab.importAll().statusCode()).isEqualTo(200);
    }

    @Test
    void unpublishingInTheBackOfficeRemovesTheProductFromSearchAndPublishingRestoresIt() throws Exception {
        Map<String, String> admin = Admins.login(lab, "admin");
        HttpResponse<String> product = lab.get("/mall-admin/product/updateInfo/" + PRODUCT, admin);
        assertThat(product.statusCode()).as(product.body()).isEqualTo(200);
        String name = JsonPath.read(product.body(), "$.data.name");
        try {
            assertThat(setPublished(admin, 0).statusCode()).isEqualTo(200);
            Searches.awaitFinds(lab, name, PRODUCT, false);
        } finally {
            assertThat(setPublished(admin, 1).statusCode()).isEqualTo(200);
        }
        Searches.awaitFinds(lab, name, PRODUCT, true);
    }

    private static HttpResponse<String> setPublished(Map<String, String> admin, int status) throws Exception {
        return lab.postForm("/mall-admin/product/update/publishStatus",
                Map.of("ids", Long.toString(PRODUCT), "publishStatus", Integer.toString(status)), admin);
    }
}
