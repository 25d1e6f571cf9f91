package com.perflab.mall.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web pages of mall-web through the real gateway: the shop at "/", the back office at "/admin/", their
 * scripts, all without a token; the routes, the token check on them, the API docs and health are as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticPagesTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shopAtTheRootWithItsScripts() throws Exception {
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(index.body()).contains("<div id=\"app\">");
        Matcher script = Pattern.compile("src=\"(/shop-assets/[^\"]+\\.js)\"").matcher(index.body());
        assertThat(script.find()).as("the shop's index names its script: %s", index.body()).isTrue();
        HttpResponse<String> js = get(script.group(1));
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
    }

    @Test
    void backOfficeUnderAdminWithAndWithoutTheSlash() throws Exception {
        for (String path : new String[] {"/admin/", "/admin", "/admin/index.html"}) {
            HttpResponse<String> index = get(path);
            assertThat(index.statusCode()).as(path).isEqualTo(200);
            assertThat(index.body()).as(path).contains("/admin/assets/");
        }
        Matcher script = Pattern.compile("src=\"(/admin/assets/[^\"]+\\.js)\"").matcher(get("/admin/").body());
        assertThat(script.find()).isTrue();
        assertThat(get(script.group(1)).statusCode()).isEqualTo(200);
    }

    @Test
    void routesTokenCheckDocsAndHealthAreUnchanged() throws Exception {
        assertThat(get("/mall-cart/cart/list").statusCode()).as("a routed path still needs a token").isEqualTo(401);
        assertThat(get("/mall-portal/actuator/prometheus").statusCode()).as("blocked paths stay blocked").isEqualTo(404);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/swagger-ui.html").statusCode()).isIn(200, 302);
        assertThat(get("/no-such-page.js").statusCode()).isEqualTo(404);
    }
}
