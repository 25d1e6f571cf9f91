package com.perflab.mall.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * RabbitMQ's management API where the lab's settings put it (MALL_RABBITMQ_HOST, MALL_RABBITMQ_MANAGEMENT_PORT,
 * as the administrator MALL_RABBITMQ_ADMIN_USERNAME/PASSWORD, default guest/guest): the private labs create their
 * vhosts through it and {@link LabFingerprint} reads the lab's queues.
 */
final class RabbitManagement {

    private static final Map<String, String> ENV = System.getenv();
    static final String ADDRESS = "http://" + ENV.getOrDefault("MALL_RABBITMQ_HOST", "127.0.0.1") + ":"
            + ENV.getOrDefault("MALL_RABBITMQ_MANAGEMENT_PORT", "15672");
    static final String ADMIN = ENV.getOrDefault("MALL_RABBITMQ_ADMIN_USERNAME", "guest");
    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString(
            (ADMIN + ":" + ENV.getOrDefault("MALL_RABBITMQ_ADMIN_PASSWORD", "guest")).getBytes(StandardCharsets.UTF_8));
    // HTTP/1.1: RabbitMQ's web server drops Java's h2c upgrade of a request with a body
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private RabbitManagement() {
    }

    /** {@code method path} with {@code json} as the body unless it is null. */
    static HttpResponse<String> call(String method, String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ADDRESS + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", AUTHORIZATION)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
