package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the evidence chain of document/resar-on-one-machine.md in the browser, on the e2e lab: the JMeter
 * dashboard of a short run of the mixed plan, a Prometheus graph of the p99 by interface, the trace of an order in Zipkin, and a flame graph of mall-portal made by
 * {@code ./mall profile}. The screenshots (mall-e2e/target/screenshots/evidence-*.png) are the ones the guide
 * shows; each page is checked to show what the guide says it shows.
 */
class EvidenceScreenshotsTest {

    /** The guide's query: p99 per interface of one service. */
    static final String P99_BY_URI =
            "histogram_quantile(0.99, sum by (le, uri) (rate(http_server_requests_seconds_bucket{application=\"mall-portal\", uri!~\"/actuator/.*\"}[1m])))";

    @TempDir
    Path profiles;

    @Test
    void aPrometheusGraphAnOrdersTraceAndAFlameGraphOfTheLab() throws Exception {
        PrivateLab lab = PrivateLab.shared();
        Browser.prepare();
        try (PrivatePrometheus prometheus = PrivatePrometheus.scraping(lab.ports(),
                Browser.TARGET.resolve("evidence-prometheus"))) {
            String traceId = TracingTest.placeTracedOrder(lab);
            // the mixed plan for 15 s (load for the graph too), its samples to a results file, then its dashboard
            Path results = profiles.resolve("mixed.csv");
            EmbeddedJMeter.Result run = JMeterMixedSmokeTest.runMixed(PrivateLab.root(), "127.0.0.1",
                    Integer.toString(lab.port("mall-gateway")), 2, 15, results);
            assertThat(run.failures()).as("failed samples of the mixed plan").isEmpty();
            Path dashboard = EmbeddedJMeter.dashboard(results, Browser.TARGET.resolve("evidence-jmeter-dashboard"), 1000);
            String statistics = Files.readString(dashboard.resolveSibling("statistics.json"));
            assertThat(JsonPath.<Integer>read(statistics, "$.Total.sampleCount")).as("the dashboard counts every sample")
                    .isEqualTo(run.samples().values().stream().mapToInt(Long::intValue).sum());
            assertThat(JsonPath.<Integer>read(statistics, "$.search.sampleCount")).isEqualTo(run.samples().get("search").intValue());
            // five seconds of product detail requests under the profiler: load for the graph too
            ProfileCommandTest.Recording recording = ProfileCommandTest.record(lab, "mall-portal", profiles);
            assertThat(recording.exit()).as(recording.output()).isZero();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                    .until(() -> !JsonPath.<List<?>>read(prometheus.query(P99_BY_URI),
                            "$.data.result[?(@.metric.uri == '/product/detail/{id}')]").isEmpty());
            // every service scraped, although its traces are sampled (trace exemplars once failed whole scrapes)
            assertThat(JsonPath.<List<String>>read(prometheus.query("up"), "$.data.result[*].value[1]"))
                    .as(prometheus.query("up")).hasSize(lab.ports().size()).containsOnly("1");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(
                    () -> lab.zipkin().trace(traceId), reply -> reply.statusCode() == 200
                            && TracingTest.services(reply.body()).containsAll(Set.of("mall-gateway", "mall-cart", "mall-portal")));

            Browser.scenario("evidence", Map.of(
                    "MALL_EVIDENCE_JMETER", dashboard.toUri().toString(),
                    "MALL_EVIDENCE_PROMETHEUS", prometheus.url() + "/graph?g0.expr="
                            + URLEncoder.encode(P99_BY_URI, StandardCharsets.UTF_8) + "&g0.tab=0&g0.range_input=2m",
                    "MALL_EVIDENCE_ZIPKIN", lab.zipkin().ui() + "traces/" + traceId,
                    "MALL_EVIDENCE_FLAME", recording.html().toUri().toString()));
        }
        for (String shot : List.of("evidence-00-jmeter-dashboard", "evidence-01-prometheus-p99", "evidence-02-zipkin-order-trace", "evidence-03-flame-graph")) {
            assertThat(Browser.TARGET.resolve("screenshots/" + shot + ".png")).isNotEmptyFile();
        }
    }
}
