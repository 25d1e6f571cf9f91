package com.perflab.mall.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The e2e lab's own Zipkin server (the jar the build copies from Maven Central, spans in memory, a free port),
 * as `./mall up` runs one for the user's lab: the services report to it, {@code TracingTest} reads it back
 * through its query API. Never the lab's Zipkin on 9411.
 */
final class PrivateZipkin implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Process process;
    private final int port;
    private final Path log;

    private PrivateZipkin(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts it (the caller goes on with other work and calls {@link #awaitUp} later). */
    static PrivateZipkin start(Path logs) throws IOException {
        Path jar = Path.of(System.getProperty("mall.e2e.zipkinJar", "target/zipkin/zipkin-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the mall-e2e build copies it (mvn generate-test-resources)");
        }
        int port = PrivateLab.freePort();
        Path log = logs.resolve("zipkin.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("STORAGE_TYPE", "mem");
        builder.environment().put("QUERY_PORT", Integer.toString(port));
        return new PrivateZipkin(builder.start(), port, log);
    }

    void awaitUp(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                HttpResponse<String> health = get("/health");
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Zipkin did not come up on port " + port + " ("
                        + (process.isAlive() ? "still starting" : "exited " + process.exitValue()) + "); log: " + log);
            }
            Thread.sleep(500);
        }
    }

    /** Zipkin's web UI. */
    String ui() {
        return "http://127.0.0.1:" + port + "/zipkin/";
    }

    /** Where the services send their spans. */
    String spansEndpoint() {
        return "http://127.0.0.1:" + port + "/api/v2/spans";
    }

    /** One trace's spans as Zipkin's JSON (404 until a span of it has arrived). */
    HttpResponse<String> trace(String traceId) throws IOException, InterruptedException {
        return get("/api/v2/trace/" + traceId);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        process.destroy();
        ServiceProcesses.awaitExit(process, 20);
    }
}
