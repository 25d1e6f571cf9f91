package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Admin catalog changes reach the shop's search through RabbitMQ: the admin unpublishes a product, the
 * product event makes mall-search drop it, and publishing it again brings it back.
 */
class CatalogSyncTest {

    static final long PRODUCT = 30;

    static LocalLab lab;

    @BeforeAll
    static void importCatalog() throws Exception {
        lab = LocalLab.shared();
        assertThat(lab.postDirect(8081, "/esProduct/importAll").statusCode()).isEqualTo(200);
    }

    @Test
    void unpublishingInTheBackOfficeRemovesTheProductFromSearchAndPublishingRestoresIt() throws Exception {
        Map<String, String> admin = Admins.login(lab, "admin");
        HttpResponse<String> product = lab.get("/mall-admin/product/updateInfo/" + PRODUCT, admin);
        assertThat(product.statusCode()).as(product.body()).isEqualTo(200);
        String name = JsonPath.read(product.body(), "$.data.name");
        try {
            assertThat(setPublished(admin, 0).statusCode()).isEqualTo(200);
            awaitSearchFinds(name, false);
        } finally {
            assertThat(setPublished(admin, 1).statusCode()).isEqualTo(200);
        }
        awaitSearchFinds(name, true);
    }

    private static HttpResponse<String> setPublished(Map<String, String> admin, int status) throws Exception {
        return lab.postForm("/mall-admin/product/update/publishStatus",
                Map.of("ids", Long.toString(PRODUCT), "publishStatus", Integer.toString(status)), admin);
    }

    private static void awaitSearchFinds(String name, boolean expected) throws Exception {
        String url = "/mall-search/esProduct/search?keyword=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&pageNum=1&pageSize=50";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        boolean found;
        do {
            List<Integer> ids = JsonPath.read(lab.get(url, Map.of()).body(), "$.data.list[*].id");
            found = ids.contains((int) PRODUCT);
            if (found == expected) {
                return;
            }
            Thread.sleep(300);
        } while (Instant.now().isBefore(deadline));
        assertThat(found).as("product %d found by search for '%s'", PRODUCT, name).isEqualTo(expected);
    }
}
