package com.perflab.mall.e2e;

import com.perflab.mall.schema.DatabaseSettings;
import com.perflab.mall.schema.MallSchema;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The six services as the local lab runs them: their packaged jars on the real MariaDB, Redis, RabbitMQ,
 * Elasticsearch and MongoDB that {@code ./mall test} prepared. A service already healthy on its port (for
 * example from {@code ./mall up}) is used as it is; the others are started here, on the test database,
 * and stopped again by {@link #close()}.
 */
final class LocalLab implements AutoCloseable {

    /** Services in start order, with their ports; the gateway last. */
    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("mall-member", 8083);
        SERVICES.put("mall-cart", 8086);
        SERVICES.put("mall-portal", 8085);
        SERVICES.put("mall-search", 8081);
        SERVICES.put("mall-admin", 8087);
        SERVICES.put("mall-gateway", 8201);
    }

    static final String GATEWAY = "http://127.0.0.1:8201";
    static final String SEARCH_ALIAS = "pms-e2e";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("mall.e2e.startTimeoutSeconds", 300));

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path root = Path.of(System.getProperty("mall.root", "..")).toAbsolutePath().normalize();
    private final ServiceProcesses processes =
            new ServiceProcesses(root, root.resolve("mall-e2e/target/e2e-logs"), START_TIMEOUT);

    private static LocalLab shared;

    /** One lab for all test classes of the run; it stops when the test JVM exits. */
    static synchronized LocalLab shared() throws Exception {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "local-lab-stop"));
        }
        return shared;
    }

    static LocalLab start() throws Exception {
        LocalLab lab = new LocalLab();
        try {
            lab.startMissingServices();
            return lab;
        } catch (Exception | AssertionError e) {
            lab.close();
            throw e;
        }
    }

    private void startMissingServices() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            if (!isUp(service.getValue())) {
                ensurePortFree(service.getKey(), service.getValue());
                missing.add(service.getKey());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        DatabaseSettings database = testDatabase();
        MallSchema schema = new MallSchema(database);
        schema.createDatabaseIfMissing();
        schema.migrate();
        schema.seed();

        // the end-to-end index lives beside the lab's, never in place of it
        Map<String, String> env = Map.of("MALL_DB_NAME", database.database(), "MALL_SEARCH_INDEX_ALIAS", SEARCH_ALIAS);
        for (String service : missing) {
            processes.start(service, SERVICES.get(service), env);
        }
        processes.awaitHealthy();
    }

    boolean isUp(int port) {
        return processes.isUp(port);
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(request(url, Map.of()).GET());
    }

    /** GET through the gateway with extra headers, e.g. {@code Authorization}. */
    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        return send(request(GATEWAY + path, headers).GET());
    }

    /** POST of form parameters through the gateway. */
    HttpResponse<String> postForm(String path, Map<String, String> form, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .reduce((a, b) -> a + "&" + b).orElse("");
        return send(request(GATEWAY + path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Rebuilds the search index as the demo super admin, through the gateway like every management call. */
    HttpResponse<String> importAll() throws Exception {
        return postForm("/mall-search/esProduct/importAll", Map.of(), Admins.login(this, "admin"));
    }

    /** GET straight to a service port, past the gateway, with the given headers: what an attacker inside could send. */
    HttpResponse<String> getDirect(int port, String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(request("http://127.0.0.1:" + port + path, headers).GET());
    }

    /** POST of a JSON body through the gateway. */
    HttpResponse<String> postJson(String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(request(GATEWAY + path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder request(String url, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        headers.forEach(builder::header);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void ensurePortFree(String service, int port) {
        try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", port)) {
            throw new IllegalStateException("port " + port + " (" + service + ") is taken by a process that does not"
                    + " answer as a healthy " + service + ": stop it (ss -ltnp | grep :" + port + ") or ./mall down");
        } catch (IOException free) {
            // nothing listens: the port is ours
        }
    }

    static DatabaseSettings testDatabase() {
        Map<String, String> env = System.getenv();
        return DatabaseSettings.fromEnvironment(env).withDatabase(env.getOrDefault("MALL_TEST_DB_NAME", "mall_test"));
    }

    @Override
    public void close() {
        processes.stopAll();
    }
}
