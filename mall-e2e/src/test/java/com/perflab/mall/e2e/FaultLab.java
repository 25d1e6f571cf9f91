package com.perflab.mall.e2e;

import com.perflab.mall.common.test.FaultProxy;
import com.perflab.mall.schema.DatabaseSettings;
import com.perflab.mall.schema.MallSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second, private set of the six services for the fault suite, so that it may break middleware without
 * touching the user's lab or the shared servers: the packaged jars on free ports, on a fresh database of their
 * own (dropped after), a RabbitMQ vhost of their own (deleted after) reached through a {@link FaultProxy}, a
 * redis-server process of their own (the suite may restart it, which loses its data), an Elasticsearch alias
 * of their own (its indices deleted after), a MongoDB database of their own, and generated secrets.
 */
final class FaultLab implements AutoCloseable {

    /** Services in start order (all start at once; the gateway is checked last). */
    static final List<String> SERVICES = List.of("mall-member", "mall-cart", "mall-portal", "mall-search",
            "mall-admin", "mall-gateway");
    static final String SEARCH_ALIAS = "pms-fault";

    // six JVMs at once: on the shared 2-core machine, under other builds, they took up to 6 min (a quiet one
    // starts them in about 1 min)
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("mall.e2e.startTimeoutSeconds", 600));
    private static final Pattern TAG = Pattern.compile("[^a-z0-9]");

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    final DatabaseSettings database;
    final String vhost;
    final Map<String, Integer> ports = new LinkedHashMap<>();
    final FaultProxy broker;

    private final Map<String, String> env = System.getenv();
    private final Path root = Path.of(System.getProperty("mall.root", "..")).toAbsolutePath().normalize();
    private final Path logs = root.resolve("mall-e2e/target/fault-logs");
    private final ServiceProcesses processes = new ServiceProcesses(root, logs, START_TIMEOUT);
    private final String esUrl = env.getOrDefault("MALL_ES_URIS", "http://127.0.0.1:9200").split(",")[0]
            .replaceAll("/$", "");
    private final String rabbitHost = env.getOrDefault("MALL_RABBITMQ_HOST", "127.0.0.1");
    private final String rabbitAdmin = "http://" + rabbitHost + ":"
            + env.getOrDefault("MALL_RABBITMQ_MANAGEMENT_PORT", "15672");
    private final String rabbitAdminAuth = "Basic " + Base64.getEncoder().encodeToString(
            (env.getOrDefault("MALL_RABBITMQ_ADMIN_USERNAME", "guest") + ":"
                    + env.getOrDefault("MALL_RABBITMQ_ADMIN_PASSWORD", "guest")).getBytes(StandardCharsets.UTF_8));
    private final int redisPort;
    private Process redis;
    private boolean vhostCreated;
    private boolean databaseCreated;
    private boolean closed;
    private Thread stopper;

    private FaultLab() throws IOException {
        String testDb = env.getOrDefault("MALL_TEST_DB_NAME", "mall_test");
        // the mall user may create mall_test_* databases; the vhost takes the same name
        this.database = DatabaseSettings.fromEnvironment(env).withDatabase(testDb + "_fault");
        this.vhost = "/" + database.database();
        for (String service : SERVICES) {
            ports.put(service, freePort());
        }
        this.redisPort = freePort();
        this.broker = FaultProxy.to(rabbitHost, Integer.parseInt(env.getOrDefault("MALL_RABBITMQ_PORT", "5672")));
    }

    /**
     * Prepares the private middleware and starts the six services with {@code extraEnv} (e.g. short order
     * timeouts) on top of the suite's own settings; returns when every one is healthy.
     */
    static FaultLab start(Map<String, String> extraEnv) throws Exception {
        FaultLab lab = new FaultLab();
        // the services and redis-server are processes of their own: a killed test JVM must not leave them running
        Thread stopper = new Thread(lab::close, "fault-lab-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        lab.stopper = stopper;
        try {
            Files.createDirectories(lab.logs);
            lab.startRedis();
            lab.createVhost();
            lab.deleteSearchIndices();
            lab.createDatabase();
            lab.launchAll(extraEnv);
            return lab;
        } catch (Exception | AssertionError e) {
            lab.close();
            throw e;
        }
    }

    String gateway() {
        return "http://127.0.0.1:" + ports.get("mall-gateway");
    }

    // ---- the private Redis

    private void startRedis() throws IOException, InterruptedException {
        // no RDB, no AOF: a restart comes back empty, like the lab's Redis after a reboot
        redis = new ProcessBuilder("redis-server", "--port", Integer.toString(redisPort), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--protected-mode", "yes")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("redis.log").toFile()))
                .start();
        Instant deadline = Instant.now().plusSeconds(10);
        while (!"+PONG".equals(redisCommand("PING"))) {
            if (!redis.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("redis-server did not start on port " + redisPort
                        + " (is redis-server installed?); see " + logs.resolve("redis.log"));
            }
            Thread.sleep(100);
        }
    }

    /** Stops the private Redis (every connection drops), waits {@code down}, starts it again empty. */
    void restartRedis(Duration down) throws IOException, InterruptedException {
        stopRedis();
        Thread.sleep(down.toMillis());
        startRedis();
    }

    private void stopRedis() throws InterruptedException {
        if (redis != null) {
            redis.destroyForcibly();
            redis.waitFor(10, TimeUnit.SECONDS);
            redis = null;
        }
    }

    /** One inline command to the private Redis; its first reply line, or null when it does not answer. */
    String redisCommand(String command) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), redisPort)) {
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\r') {
                line.append((char) c);
            }
            return line.toString();
        } catch (IOException e) {
            return null;
        }
    }

    // ---- the private vhost, database and search alias

    private void createVhost() throws IOException, InterruptedException {
        String path = "/api/vhosts/" + URLEncoder.encode(vhost, StandardCharsets.UTF_8);
        // left over from a run that was killed: its queues may still hold that run's messages
        rabbitAdmin("DELETE", path, null);
        expectRabbitAdmin(rabbitAdmin("PUT", path, "{}"), "create vhost " + vhost);
        vhostCreated = true;
        String user = env.getOrDefault("MALL_RABBITMQ_USERNAME", "mall");
        expectRabbitAdmin(rabbitAdmin("PUT", "/api/permissions/" + URLEncoder.encode(vhost, StandardCharsets.UTF_8)
                        + "/" + URLEncoder.encode(user, StandardCharsets.UTF_8),
                "{\"configure\":\".*\",\"write\":\".*\",\"read\":\".*\"}"), "grant " + user + " on " + vhost);
    }

    private void expectRabbitAdmin(HttpResponse<String> reply, String what) {
        if (reply == null || reply.statusCode() / 100 != 2) {
            throw new IllegalStateException("cannot " + what + " through the RabbitMQ management API at " + rabbitAdmin
                    + " (" + (reply == null ? "no answer" : reply.statusCode() + " " + reply.body()) + "): the fault"
                    + " suite needs a vhost of its own; set MALL_RABBITMQ_ADMIN_USERNAME/PASSWORD to an administrator"
                    + " (default guest/guest, which RabbitMQ allows from localhost)");
        }
    }

    private HttpResponse<String> rabbitAdmin(String method, String path, String json) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rabbitAdmin + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", rabbitAdminAuth)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        }
    }

    private void createDatabase() throws SQLException {
        dropDatabase();
        MallSchema schema = new MallSchema(database);
        schema.createDatabaseIfMissing();
        databaseCreated = true;
        schema.migrate();
        schema.seed();
    }

    private void dropDatabase() throws SQLException {
        String serverUrl = database.jdbcUrl().replaceFirst("/" + database.database() + "\\?", "/?");
        try (Connection connection = DriverManager.getConnection(serverUrl, database.username(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database.database() + "`");
        }
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    /** Every index behind the suite's alias (full imports name them {alias}-{timestamp}). */
    private void deleteSearchIndices() throws IOException, InterruptedException {
        HttpResponse<String> indices = http.send(HttpRequest.newBuilder(URI.create(esUrl + "/_cat/indices/"
                        + SEARCH_ALIAS + "*?h=index&expand_wildcards=all")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (indices.statusCode() != 200) {
            return;
        }
        for (String index : indices.body().split("\\s+")) {
            if (index.startsWith(SEARCH_ALIAS)) {
                http.send(HttpRequest.newBuilder(URI.create(esUrl + "/" + index)).timeout(Duration.ofSeconds(10))
                        .DELETE().build(), HttpResponse.BodyHandlers.ofString());
            }
        }
    }

    /** Ids of the documents the suite's alias holds, straight from Elasticsearch. */
    List<Long> searchIndexIds() throws IOException, InterruptedException {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(esUrl + "/" + SEARCH_ALIAS
                        + "/_search?_source=false&size=10000&filter_path=hits.hits._id"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("search of " + SEARCH_ALIAS + ": " + reply.statusCode() + " "
                    + reply.body());
        }
        List<Long> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\"_id\"\\s*:\\s*\"(\\d+)\"").matcher(reply.body());
        while (id.find()) {
            ids.add(Long.parseLong(id.group(1)));
        }
        return ids;
    }

    // ---- the services

    private void launchAll(Map<String, String> extraEnv) throws Exception {
        Map<String, String> common = new HashMap<>();
        common.put("MALL_DB_NAME", database.database());
        // six services beside other tests on one MariaDB: small pools
        common.put("MALL_DB_POOL_SIZE", "5");
        common.put("MALL_DB_POOL_MIN_IDLE", "1");
        common.put("MALL_REDIS_HOST", "127.0.0.1");
        common.put("MALL_REDIS_PORT", Integer.toString(redisPort));
        common.put("MALL_REDIS_PASSWORD", "");
        common.put("MALL_RABBITMQ_HOST", "127.0.0.1");
        common.put("MALL_RABBITMQ_PORT", Integer.toString(broker.port()));
        common.put("MALL_RABBITMQ_VHOST", vhost);
        common.put("MALL_SEARCH_INDEX_ALIAS", SEARCH_ALIAS);
        common.put("MALL_MONGODB_URI", mongoUri());
        common.put("MALL_JWT_SECRET", secret());
        common.put("MALL_IDENTITY_SECRET", secret());
        for (Map.Entry<String, Integer> service : ports.entrySet()) {
            common.put("MALL_" + TAG.matcher(service.getKey().substring("mall-".length())).replaceAll("_")
                    .toUpperCase() + "_PORT", Integer.toString(service.getValue()));
            common.put("MALL_" + TAG.matcher(service.getKey().substring("mall-".length())).replaceAll("_")
                    .toUpperCase() + "_HOST", "127.0.0.1");
        }
        common.putAll(extraEnv);
        for (String service : SERVICES) {
            Map<String, String> env = new LinkedHashMap<>(common);
            env.put("SERVER_PORT", Integer.toString(ports.get(service)));
            processes.start(service, ports.get(service), env);
        }
        processes.awaitHealthy();
    }

    /** The lab's MongoDB server, a database of the suite's own (member ids repeat across fresh databases). */
    private String mongoUri() {
        String uri = env.getOrDefault("MALL_MONGODB_URI", "mongodb://127.0.0.1:27017/mall");
        return uri.replaceFirst("^(mongodb(\\+srv)?://[^/]+)(/[^?]*)?", "$1/" + database.database());
    }

    private static String secret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    // ---- HTTP through the suite's gateway

    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).orElse("");
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postJson(String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        // longer than any server-side timeout, so a hanging path shows as "no answer" rather than a guess
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway() + path))
                .timeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- teardown

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (stopper != null && Thread.currentThread() != stopper) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: this call does the work
            }
        }
        processes.stopAll();
        broker.close();
        try {
            stopRedis();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (Boolean.getBoolean("mall.fault.keep")) {
            return; // -Dmall.fault.keep=true leaves database, vhost and index for a look after a failure
        }
        try {
            if (vhostCreated) {
                rabbitAdmin("DELETE", "/api/vhosts/" + URLEncoder.encode(vhost, StandardCharsets.UTF_8), null);
            }
            deleteSearchIndices();
            if (databaseCreated) {
                dropDatabase();
            }
        } catch (IOException | SQLException e) {
            System.err.println("fault suite cleanup: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
