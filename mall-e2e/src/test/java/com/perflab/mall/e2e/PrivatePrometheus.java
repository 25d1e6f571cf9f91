package com.perflab.mall.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Prometheus server of the e2e run (Debian's prometheus binary, which ./mall test installs) scraping the
 * e2e lab's six services every 2 s, as `./mall up --prometheus` scrapes the user's lab every 10 s.
 */
final class PrivatePrometheus implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Process process;
    private final int port;

    private PrivatePrometheus(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it with an empty database in DIR (a run's series only). */
    static PrivatePrometheus scraping(Map<String, Integer> services, Path dir) throws IOException {
        Path data = dir.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> old = Files.walk(data)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(dir);
        StringBuilder config = new StringBuilder("""
                global:
                  scrape_interval: 2s
                  scrape_timeout: 2s
                scrape_configs:
                  - job_name: mall-services
                    metrics_path: /actuator/prometheus
                    static_configs:
                """);
        services.forEach((service, servicePort) -> config.append("      - targets: [\"127.0.0.1:").append(servicePort)
                .append("\"]\n        labels: { service: ").append(service).append(" }\n"));
        Path file = dir.resolve("prometheus.yml");
        Files.writeString(file, config);
        int port = PrivateLab.freePort();
        Process process = new ProcessBuilder("prometheus", "--config.file=" + file, "--storage.tsdb.path=" + data,
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        return new PrivatePrometheus(process, port);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The JSON answer of an instant query. */
    String query(String promql) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url() + "/api/v1/query?query="
                        + URLEncoder.encode(promql, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Override
    public void close() {
        process.destroy();
        ServiceProcesses.awaitExit(process, 20);
    }
}
