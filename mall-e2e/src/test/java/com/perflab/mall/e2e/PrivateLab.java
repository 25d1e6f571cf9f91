package com.perflab.mall.e2e;

import com.perflab.mall.common.test.FaultProxy;
import com.perflab.mall.schema.DatabaseSettings;
import com.perflab.mall.schema.MallSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private set of the six services for mall-e2e, so that its tests never depend on or touch the user's lab
 * (issue 16): the packaged jars on free ports (never the lab's standard ones from mall-services.properties, which
 * a running lab may hold), with middleware of their own on the shared servers: a RabbitMQ vhost (created fresh,
 * deleted after), a redis-server process (the lab's Redis holds its caches, tokens and order-number counters;
 * a private process is also safe for any FLUSHALL and may be restarted by the fault suite), an Elasticsearch alias
 * (its indices deleted before and after), a MongoDB database on the lab's server, and generated secrets.
 * <p>Two kinds differ only in what {@link Setup} says: the e2e lab all test classes share ({@link #shared()}) runs
 * on the test database (migrated and seeded, kept for the next run like the module tests' own), the fault suite's
 * on a fresh database of its own (dropped after), behind a {@link FaultProxy} to the broker, with extra settings.
 */
final class PrivateLab implements AutoCloseable {

    /** What one private lab is made of; everything else is the same for both. */
    record Setup(String name, boolean ownDatabase, boolean brokerProxy, boolean traced, Map<String, String> extraEnv) {

        /** The e2e lab traces every request into a Zipkin server of its own, as the user's lab does into its. */
        static Setup e2e() {
            return new Setup("e2e", false, false, true, Map.of());
        }

        static Setup fault(Map<String, String> extraEnv) {
            return new Setup("fault", true, true, false, extraEnv);
        }
    }

    /** The lab's services in start order (the gateway last) with their standard ports, from mall-common. */
    static final Map<String, Integer> STANDARD_PORTS = standardPorts();

    // six JVMs at once: on the shared 2-core machine, under other builds, they took up to 6 min (a quiet one
    // starts them in about 1 min)
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("mall.e2e.startTimeoutSeconds", 600));
    private static final Pattern TAG = Pattern.compile("[^a-z0-9]");
    private static PrivateLab shared;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    final Setup setup;
    final DatabaseSettings database;
    final String vhost;
    final String searchAlias;
    final String mongoDatabase;
    /** Present only when {@link Setup#brokerProxy()}: the fault suite cuts the broker with it. */
    final FaultProxy broker;
    /** Present only when {@link Setup#traced()}: where the services report their spans. */
    private PrivateZipkin zipkin;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    /** What every service of this lab was started with, besides its own SERVER_PORT. */
    private Map<String, String> serviceEnvironment = Map.of();

    private final Map<String, String> env = System.getenv();
    private final Path root = root();
    private final Path logs;
    private final ServiceProcesses processes;
    private final String esUrl = env.getOrDefault("MALL_ES_URIS", "http://127.0.0.1:9200").split(",")[0]
            .replaceAll("/$", "");
    private final String rabbitHost = env.getOrDefault("MALL_RABBITMQ_HOST", "127.0.0.1");
    private final int rabbitPort = Integer.parseInt(env.getOrDefault("MALL_RABBITMQ_PORT", "5672"));
    private final int redisPort;
    private Process redis;
    private boolean vhostCreated;
    private boolean databaseCreated;
    private boolean closed;
    private Thread stopper;

    private PrivateLab(Setup setup) throws IOException {
        this.setup = setup;
        // the mall user may create mall_test_* databases; vhost and MongoDB database take the same name
        String own = testDatabase().database() + "_" + setup.name();
        this.database = setup.ownDatabase() ? testDatabase().withDatabase(own) : testDatabase();
        this.vhost = "/" + own;
        this.mongoDatabase = own;
        this.searchAlias = "pms-" + setup.name();
        this.logs = root.resolve("mall-e2e/target/" + setup.name() + "-logs");
        this.processes = new ServiceProcesses(root, logs, START_TIMEOUT);
        for (String service : STANDARD_PORTS.keySet()) {
            ports.put(service, freePort());
        }
        this.redisPort = freePort();
        this.broker = setup.brokerProxy() ? FaultProxy.to(rabbitHost, rabbitPort) : null;
    }

    /** The e2e lab of this test run, started on first use; it stops when the test JVM exits. */
    static synchronized PrivateLab shared() throws Exception {
        if (shared == null) {
            shared = start(Setup.e2e());
        }
        return shared;
    }

    /**
     * Prepares the private middleware and starts the six services; returns when every one is healthy.
     * The first lab of a run first records the lab's data ({@link LabFingerprint}), to compare at the end.
     */
    static PrivateLab start(Setup setup) throws Exception {
        LabFingerprint.recordBaseline();
        PrivateLab lab = new PrivateLab(setup);
        // the services and redis-server are processes of their own: a killed test JVM must not leave them running
        Thread stopper = new Thread(lab::close, setup.name() + "-lab-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        lab.stopper = stopper;
        try {
            Files.createDirectories(lab.logs);
            if (setup.traced()) {
                lab.zipkin = PrivateZipkin.start(lab.logs); // starts while the rest is prepared
            }
            lab.startRedis();
            lab.createVhost();
            lab.deleteSearchIndices();
            lab.prepareDatabase();
            lab.launchAll();
            return lab;
        } catch (Exception | AssertionError e) {
            lab.close();
            throw e;
        }
    }

    /** The test database of this build (MALL_TEST_DB_NAME, which the root pom sets from mall.test.db.name). */
    static DatabaseSettings testDatabase() {
        Map<String, String> env = System.getenv();
        return DatabaseSettings.fromEnvironment(env).withDatabase(env.getOrDefault("MALL_TEST_DB_NAME", "mall_test"));
    }

    static Path root() {
        return Path.of(System.getProperty("mall.root", "..")).toAbsolutePath().normalize();
    }

    String gateway() {
        return "http://127.0.0.1:" + port("mall-gateway");
    }

    int port(String service) {
        Integer port = ports.get(service);
        if (port == null) {
            throw new IllegalArgumentException("no service " + service + " in " + ports.keySet());
        }
        return port;
    }

    /** Service name to this lab's port, in start order. */
    Map<String, Integer> ports() {
        return Collections.unmodifiableMap(ports);
    }

    /**
     * The environment this lab's services run with (database, Redis, broker vhost, index alias, keys, the other
     * services' ports), without SERVER_PORT: another instance started with it joins this lab.
     */
    Map<String, String> serviceEnvironment() {
        return serviceEnvironment;
    }

    /**
     * Starts one more instance of a service that joins this lab (its environment, a free port), with extra JVM
     * options and Spring arguments, and waits until it is healthy; returns its name (for {@link #stopVariant},
     * its log {@code <name>.log}) and port. The caller stops it.
     */
    Variant startVariant(String service, List<String> jvmOptions, List<String> arguments) throws Exception {
        int port = freePort();
        String name = service + "-variant-" + port;
        Map<String, String> env = new LinkedHashMap<>(serviceEnvironment);
        env.put("SERVER_PORT", Integer.toString(port));
        processes.start(name, service, port, env, jvmOptions, arguments);
        try {
            processes.awaitHealthy();
        } catch (Exception | AssertionError e) {
            processes.stop(name);
            throw e;
        }
        return new Variant(name, port);
    }

    record Variant(String name, int port) {
    }

    void stopVariant(Variant variant) {
        processes.stop(variant.name());
    }

    /** This lab's Zipkin server; fails for a lab that is not traced. */
    PrivateZipkin zipkin() {
        if (zipkin == null) {
            throw new IllegalStateException("the " + setup.name() + " lab is not traced");
        }
        return zipkin;
    }

    /** The process id of a running service (for ./mall profile --pid). */
    long pid(String service) {
        return processes.pid(service);
    }

    /** A service's log so far. */
    String log(String service) throws IOException {
        return Files.readString(logs.resolve(service + ".log"));
    }

    /** Whether a service on this loopback port answers its health check with UP (e.g. the user's lab). */
    boolean answersHealthCheck(int port) {
        return processes.isUp(port);
    }

    /** mall-common's mall-services.properties: {@code mall.services.<name>=<port>} lines, in file order. */
    private static Map<String, Integer> standardPorts() {
        Path file = root().resolve("mall-common/src/main/resources/mall-services.properties");
        Map<String, Integer> services = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                Matcher entry = Pattern.compile("^mall\\.services\\.([a-z-]+)\\s*=\\s*(\\d+)\\s*$").matcher(line);
                if (entry.matches()) {
                    services.put(entry.group(1), Integer.parseInt(entry.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the list of services, " + file, e);
        }
        if (!services.containsKey("mall-gateway")) {
            throw new IllegalStateException(file + " lists no mall-gateway: " + services);
        }
        return Collections.unmodifiableMap(services);
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
            throw new IllegalStateException("cannot " + what + " through the RabbitMQ management API at " + RabbitManagement.ADDRESS
                    + " (" + (reply == null ? "no answer" : reply.statusCode() + " " + reply.body()) + "): the"
                    + " private lab needs a vhost of its own; set MALL_RABBITMQ_ADMIN_USERNAME/PASSWORD to an administrator"
                    + " (default guest/guest, which RabbitMQ allows from localhost)");
        }
    }

    private HttpResponse<String> rabbitAdmin(String method, String path, String json) throws InterruptedException {
        try {
            return RabbitManagement.call(method, path, json);
        } catch (IOException e) {
            return null;
        }
    }

    /** The test database as it is (migrated and seeded), or a fresh one of this lab's own. */
    private void prepareDatabase() throws SQLException {
        if (setup.ownDatabase()) {
            dropDatabase();
        }
        MallSchema schema = new MallSchema(database);
        schema.createDatabaseIfMissing();
        databaseCreated = setup.ownDatabase();
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
                        + searchAlias + "*?h=index&expand_wildcards=all")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (indices.statusCode() != 200) {
            return;
        }
        for (String index : indices.body().split("\\s+")) {
            if (index.startsWith(searchAlias)) {
                http.send(HttpRequest.newBuilder(URI.create(esUrl + "/" + index)).timeout(Duration.ofSeconds(10))
                        .DELETE().build(), HttpResponse.BodyHandlers.ofString());
            }
        }
    }

    /** Ids of the documents the lab's alias holds, straight from Elasticsearch. */
    List<Long> searchIndexIds() throws IOException, InterruptedException {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(esUrl + "/" + searchAlias
                        + "/_search?_source=false&size=10000&filter_path=hits.hits._id"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("search of " + searchAlias + ": " + reply.statusCode() + " "
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

    private void launchAll() throws Exception {
        Map<String, String> common = new HashMap<>();
        common.put("MALL_DB_NAME", database.database());
        // six services beside other tests on one MariaDB: small pools
        common.put("MALL_DB_POOL_SIZE", "5");
        common.put("MALL_DB_POOL_MIN_IDLE", "1");
        common.put("MALL_REDIS_HOST", "127.0.0.1");
        common.put("MALL_REDIS_PORT", Integer.toString(redisPort));
        common.put("MALL_REDIS_PASSWORD", "");
        common.put("MALL_REDIS_DATABASE", "0");
        common.put("MALL_RABBITMQ_HOST", broker == null ? rabbitHost : "127.0.0.1");
        common.put("MALL_RABBITMQ_PORT", Integer.toString(broker == null ? rabbitPort : broker.port()));
        common.put("MALL_RABBITMQ_VHOST", vhost);
        common.put("MALL_SEARCH_INDEX_ALIAS", searchAlias);
        common.put("MALL_MONGODB_URI", mongoUri());
        // the test build sets it for the module tests (root pom); it would win over the URI's database
        common.put("SPRING_MONGODB_DATABASE", mongoDatabase);
        common.put("MALL_JWT_SECRET", secret());
        common.put("MALL_IDENTITY_SECRET", secret());
        for (Map.Entry<String, Integer> service : ports.entrySet()) {
            common.put("MALL_" + TAG.matcher(service.getKey().substring("mall-".length())).replaceAll("_")
                    .toUpperCase() + "_PORT", Integer.toString(service.getValue()));
            common.put("MALL_" + TAG.matcher(service.getKey().substring("mall-".length())).replaceAll("_")
                    .toUpperCase() + "_HOST", "127.0.0.1");
        }
        if (zipkin != null) {
            zipkin.awaitUp(START_TIMEOUT);
            common.put("MALL_TRACING_ENABLED", "true");
            common.put("MALL_ZIPKIN_ENDPOINT", zipkin.spansEndpoint());
            common.put("MALL_TRACING_SAMPLING", "1.0");
            // a line per request in the servlet services' logs, for TracingTest to find the trace id in
            // (a logger's name is case-sensitive: LOGGING_LEVEL_... would arrive in lower case)
            common.put("SPRING_APPLICATION_JSON", "{\"logging.level.org.springframework.web.servlet.DispatcherServlet\":\"DEBUG\"}");
        }
        common.putAll(setup.extraEnv());
        serviceEnvironment = Map.copyOf(common);
        for (String service : ports.keySet()) {
            Map<String, String> env = new LinkedHashMap<>(common);
            env.put("SERVER_PORT", Integer.toString(ports.get(service)));
            processes.start(service, ports.get(service), env);
        }
        processes.awaitHealthy();
    }

    /** The lab's MongoDB server, a database of this lab's own (member ids repeat across fresh databases). */
    private String mongoUri() {
        String uri = env.getOrDefault("MALL_MONGODB_URI", "mongodb://127.0.0.1:27017/mall");
        return uri.replaceFirst("^(mongodb(\\+srv)?://[^/]+)(/[^?]*)?", "$1/" + mongoDatabase);
    }

    private static String secret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** An ephemeral port, never one of the lab's standard ports (a running lab may hold them, or take them later). */
    /** Ports handed out in this JVM: a port is given once, whoever has not bound it yet. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A port nothing listens on, below the kernel's ephemeral range: a port the kernel picked (new
     * ServerSocket(0)) could be picked again for some process's outgoing connection before the service binds it
     * (a CI run lost its gateway that way, "Port ... was already in use"); below the range, only a listener can
     * take it. Checked free on all interfaces (the gateway binds them), never the lab's standard ports.
     */
    static int freePort() throws IOException {
        int below = ephemeralRangeStart();
        int from = Math.max(below - 12_000, 10_000);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = random.nextInt(from, below);
            if (STANDARD_PORTS.containsValue(port) || !HANDED_OUT.add(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port), 1);
                return port;
            } catch (IOException inUse) {
                // someone listens there: another one
            }
        }
        throw new IOException("no free port between " + from + " and " + below);
    }

    /** The first port of the kernel's ephemeral range (Linux: /proc/sys/net/ipv4/ip_local_port_range). */
    private static int ephemeralRangeStart() {
        try {
            // readString would trust the file's size, which procfs reports wrongly: read the lines
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).strip();
            int start = Integer.parseInt(range.split("\\s+")[0]);
            return start > 11_000 ? start : 32_768;
        } catch (IOException | RuntimeException e) {
            return 32_768; // Linux's default
        }
    }

    // ---- HTTP through this lab's gateway, or straight to one of its services

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, Map.of());
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        return send(request(gateway() + path, headers).GET());
    }

    /** GET straight to a service's port, past the gateway: what an attacker inside could send, or a scrape. */
    HttpResponse<String> getDirect(String service, String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(request("http://127.0.0.1:" + port(service) + path, headers).GET());
    }

    /** Rebuilds the search index as the demo super admin, through the gateway like every management call. */
    HttpResponse<String> importAll() throws Exception {
        return postForm("/mall-search/esProduct/importAll", Map.of(), Admins.login(this, "admin"));
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).orElse("");
        return send(request(gateway() + path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postJson(String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(request(gateway() + path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String url, Map<String, String> headers) {
        // longer than any server-side timeout, so a hanging path shows as "no answer" rather than a guess
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
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
        if (zipkin != null) {
            zipkin.close();
        }
        if (broker != null) {
            broker.close();
        }
        try {
            stopRedis();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (Boolean.getBoolean("mall.fault.keep")) {
            return; // -Dmall.fault.keep=true leaves vhost, index (and a fault database) for a look after a failure
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
            System.err.println(setup.name() + " lab cleanup: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
