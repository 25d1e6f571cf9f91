package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Search through the gateway, waiting for product events to reach the index (they travel over RabbitMQ). */
final class Searches {

    private Searches() {
    }

    static void awaitFinds(PrivateLab lab, String keyword, long productId, boolean expected) throws Exception {
        String url = "/mall-search/esProduct/search?keyword=" + URLEncoder.encode(keyword, StandardCharsets.UTF_8)
                + "&pageNum=1&pageSize=50";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        boolean found;
        do {
            List<Integer> ids = JsonPath.read(lab.get(url, Map.of()).body(), "$.data.list[*].id");
            found = ids.contains((int) productId);
            if (found == expected) {
                return;
            }
            Thread.sleep(300);
        } while (Instant.now().isBefore(deadline));
        assertThat(found).as("product %d found by search for '%s'", productId, keyword).isEqualTo(expected);
    }
}
