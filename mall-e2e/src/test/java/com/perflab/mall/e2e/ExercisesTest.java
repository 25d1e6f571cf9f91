package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.schema.DatabaseSettings;
import com.perflab.mall.schema.MallSchema;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: {@code ./mall exercise} switches the course's bottlenecks by configuration or reversible SQL only.
 * Every run here has a state directory of its own ({@code MALL_RUN_DIR}), so the lab's exercises and services are
 * never touched: the SQL ones run on a scratch database migrated for the test, the service ones are started as an
 * extra instance of the e2e lab's service with exactly what {@code ./mall exercise args} says.
 */
class ExercisesTest {

    private static final Path ROOT = PrivateLab.root();
    private static final Pattern ARGS = Pattern.compile("(?m)^jvm: ?(.*)\\nargs: ?(.*)$");

    @TempDir
    Path state;

    @Test
    void atLeastEightExercisesAreListedEachWithItsLessonAndEveryOneIsOffAtFirst() throws Exception {
        Run list = mall(Map.of(), "exercise", "--list");

        assertThat(list.exit()).as(list.output()).isZero();
        List<String> names = exerciseNames();
        assertThat(names).hasSizeGreaterThanOrEqualTo(8).contains("bcrypt-cost", "search-single-shard", "order-index",
                "cart-index", "jdbc-pool", "caches-off", "slow-consumer", "starved-heap");
        for (String name : names) {
            Properties conf = conf(name);
            assertThat(list.output()).containsPattern("(?m)^" + Pattern.quote(name) + "\\s+off\\s+" + Pattern.quote(conf.getProperty("title")));
            Path lesson = ROOT.resolve(conf.getProperty("lesson"));
            assertThat(lesson).as(name + "'s lesson").isRegularFile();
            assertThat(Files.readString(lesson)).as(name + "'s lesson names its symptom, evidence, fix and measurement")
                    .contains("## Symptom", "## Evidence", "## Fix", "## Measured");
            assertThat(conf.stringPropertyNames()).as(name + " changes something")
                    .anyMatch(k -> k.startsWith("args.") || k.startsWith("jvm.") || k.equals("sql.on"));
        }
        // nothing is on in this state directory (the user's lab database may still have an index exercise on:
        // status then says so on a line of its own, which is not asserted here)
        assertThat(mall(Map.of(), "exercise", "status").output()).doesNotContainPattern("(?m)^\\s+\\S+ is on");
        assertThat(mall(Map.of(), "exercise", "no-such-thing", "on").exit()).isEqualTo(2);
    }

    @Test
    void theIndexExercisesDropTheirIndexesAndOffRestoresTheTablesExactly() throws Exception {
        DatabaseSettings scratch = PrivateLab.testDatabase().withDatabase(PrivateLab.testDatabase().database() + "_exercise");
        MallSchema schema = new MallSchema(scratch);
        dropDatabase(scratch);
        schema.createDatabaseIfMissing();
        schema.migrate();
        Map<String, String> env = Map.of("MALL_DB_NAME", scratch.database());
        try (Connection db = DriverManager.getConnection(scratch.jdbcUrl(), scratch.username(), scratch.password())) {
            String orders = createTable(db, "oms_order");
            String cart = createTable(db, "oms_cart_item");
            String memberOrders = "EXPLAIN SELECT id FROM oms_order WHERE member_id = 7 AND delete_status = 0";
            assertThat(plan(db, memberOrders)).as("tuned: the member's orders by index").isEqualTo("ref");

            assertThat(mall(env, "exercise", "order-index", "on").exit()).isZero();
            assertThat(indexes(db, "oms_order")).doesNotContain("idx_order_member").contains("uk_order_sn");
            assertThat(plan(db, memberOrders)).as("the member's orders by a full scan").isEqualTo("ALL");
            assertThat(mall(env, "exercise", "cart-index", "on").exit()).isZero();
            assertThat(indexes(db, "oms_cart_item")).containsExactly("PRIMARY");
            Run status = mall(env, "exercise", "status");
            assertThat(status.output()).contains("order-index is on (the database agrees)", "cart-index is on (the database agrees)");
            assertThat(mall(env, "exercise", "order-index", "on").output()).as("again: nothing to do")
                    .contains("already on");

            assertThat(mall(env, "exercise", "order-index", "off").exit()).isZero();
            assertThat(mall(env, "exercise", "cart-index", "off").exit()).isZero();
            assertThat(createTable(db, "oms_order")).isEqualTo(orders);
            assertThat(createTable(db, "oms_cart_item")).isEqualTo(cart);
            assertThat(plan(db, memberOrders)).isEqualTo("ref");
            assertThat(mall(env, "exercise", "status").output()).contains("no exercise is on");
        } finally {
            dropDatabase(scratch);
        }
    }

    @Test
    void theServiceExercisesStartTheServiceWithWhatTheyClaimAndOffGivesItNothing() throws Exception {
        List<String> portal = List.of("jdbc-pool", "caches-off", "slow-consumer", "starved-heap");
        for (String name : portal) {
            assertThat(mall(Map.of(), "exercise", name, "on").output()).as(name)
                    .contains("not running: mall-portal (takes effect when './mall up' starts it)");
        }
        Options options = options("mall-portal");
        assertThat(options.arguments()).containsExactlyInAnyOrder("--spring.datasource.hikari.maximum-pool-size=2",
                "--mall.portal.cache.enabled=false", "--mall.order.cancel.consumers=1",
                "--spring.rabbitmq.listener.simple.prefetch=1");
        assertThat(options.jvm()).containsExactly("-Xms64m", "-Xmx64m");
        assertThat(options("mall-member").arguments()).as("only the exercises' own service").isEmpty();

        PrivateLab lab = PrivateLab.shared();
        String cancelQueue = "mall.order.cancel";
        int consumersBefore = consumersWithin(lab, cancelQueue, 4);
        assertThat(consumersBefore).as("tuned: the e2e lab's portal consumes with 4").isEqualTo(4);
        PrivateLab.Variant variant = lab.startVariant("mall-portal", options.jvm(), options.arguments());
        try {
            String metrics = get("http://127.0.0.1:" + variant.port() + "/actuator/prometheus");
            assertThat(metric(metrics, "hikaricp_connections_max")).as("jdbc-pool: the pool's size").isEqualTo(2);
            assertThat(metric(metrics, "jvm_memory_max_bytes\\{[^}]*area=\"heap\"")).as("starved-heap: the heap's size")
                    .isLessThanOrEqualTo(64L * 1024 * 1024);
            assertThat(lab.log(variant.name())).as("caches-off").contains("portal caches are off");
            assertThat(consumersWithin(lab, cancelQueue, consumersBefore + 1))
                    .as("slow-consumer: one more consumer, of its own").isEqualTo(consumersBefore + 1);
        } finally {
            lab.stopVariant(variant);
        }

        for (String name : portal) {
            assertThat(mall(Map.of(), "exercise", name, "off").exit()).isZero();
        }
        assertThat(options("mall-portal")).isEqualTo(new Options(List.of(), List.of()));
        assertThat(mall(Map.of(), "exercise", "search-single-shard", "on").exit()).isZero();
        assertThat(options("mall-search").arguments()).containsExactly("--mall.search.shards=1", "--mall.search.replicas=0");
    }

    @Test
    void theBcryptExerciseMovesAMembersHashToCost13AtLoginAndOffBringsItBackTo10() throws Exception {
        assertThat(mall(Map.of(), "exercise", "bcrypt-cost", "on").exit()).isZero();
        Options options = options("mall-member");
        assertThat(options.arguments()).containsExactly("--mall.member.bcrypt-strength=13");
        PrivateLab lab = PrivateLab.shared();
        Shoppers.Shopper shopper = Shoppers.register(lab); // through the tuned member service
        assertThat(hashOf(shopper.username())).startsWith("$2a$10$");

        PrivateLab.Variant member = lab.startVariant("mall-member", options.jvm(), options.arguments());
        try {
            HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + member.port() + "/sso/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + shopper.username() + "&password="
                            + shopper.password())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            assertThat(hashOf(shopper.username())).as("on: the login re-hashed at the exercise's cost").startsWith("$2a$13$");
        } finally {
            lab.stopVariant(member);
        }

        assertThat(mall(Map.of(), "exercise", "bcrypt-cost", "off").exit()).isZero();
        assertThat(options("mall-member")).isEqualTo(new Options(List.of(), List.of()));
        Shoppers.login(lab, shopper.username(), shopper.password()); // the tuned service again
        assertThat(hashOf(shopper.username())).as("off: the next login brings it back").startsWith("$2a$10$");
    }

    private static String hashOf(String username) throws SQLException {
        DatabaseSettings db = PrivateLab.testDatabase();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT password FROM ums_member WHERE username = '" + username + "'")) {
            assertThat(rs.next()).as(username).isTrue();
            return rs.getString(1);
        }
    }

    // ---- ./mall with a state directory of this test's own

    record Run(int exit, String output) {
    }

    /**
     * {@code ./mall bench compare} starts B with lab-copy.sh's {@code copy_start}: B must run with the exercises that
     * are on, as the lab (A) does, or a compare would measure a setting instead of the code. A stand-in {@code java}
     * on the PATH records the command line the copy is started with.
     */
    @Test
    void aBenchCompareCopyRunsWithTheExercisesThatAreOnAsTheLabDoes() throws Exception {
        for (String name : List.of("starved-heap", "caches-off")) {
            assertThat(mall(Map.of(), "exercise", name, "on").exit()).as(name).isZero();
        }
        Options lab = options("mall-portal");
        Path bin = Files.createDirectories(state.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"$@\" > \"$JAVA_ARGS_FILE\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Path jar = Files.createDirectories(state.resolve("build/mall-portal/target")).resolve("mall-portal.jar");
        Files.writeString(jar, "");

        List<String> withExercises = copyStartedWith("with-exercises");
        assertThat(withExercises).containsSubsequence(List.of("-Xms8m", lab.jvm().get(0), lab.jvm().get(1)));
        assertThat(withExercises).containsAll(lab.arguments()).contains("--server.port=38085");
        assertThat(copyStartedWith("")).as("side-lab.sh's copies keep their own settings")
                .contains("-Xms8m").doesNotContainAnyElementsOf(lab.jvm()).doesNotContainAnyElementsOf(lab.arguments());
    }

    private List<String> copyStartedWith(String exercises) throws IOException, InterruptedException {
        Path recorded = state.resolve("java-args");
        Files.deleteIfExists(recorded);
        String script = "ROOT=$PWD; for f in service-list common settings exercise lab-copy; do . launcher/$f.sh; done;"
                + " SERVICES=(mall-portal:8085); copy_start \"$1\" 30000 \"$2\" -Xms8m \"$3\"";
        Run copy = run(List.of("bash", "-c", script, "copy", state.resolve("build").toString(),
                state.resolve("copy-run").toString(), exercises), Map.of("JAVA_ARGS_FILE", recorded.toString(),
                "PATH", state.resolve("bin") + ":" + System.getenv("PATH")));
        // the stand-in exits at once, so copy_start reports the copy as not healthy: only its command line matters
        assertThat(recorded).as(copy.output()).isRegularFile();
        return words(Files.readString(recorded));
    }

    record Options(List<String> jvm, List<String> arguments) {
    }

    private Run mall(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./mall"));
        command.addAll(Arrays.asList(args));
        return run(command, env);
    }

    /** A command in the checkout with this test's state directory; its exit and output. */
    private Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("MALL_RUN_DIR", state.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private Options options(String service) throws IOException, InterruptedException {
        Run run = mall(Map.of(), "exercise", "args", service);
        assertThat(run.exit()).as(run.output()).isZero();
        Matcher m = ARGS.matcher(run.output());
        assertThat(m.find()).as(run.output()).isTrue();
        return new Options(words(m.group(1)), words(m.group(2)));
    }

    private static List<String> words(String line) {
        return line.isBlank() ? List.of() : List.of(line.trim().split("\\s+"));
    }

    private static List<String> exerciseNames() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("exercises"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".conf"))
                    .map(n -> n.substring(0, n.length() - ".conf".length())).sorted().toList();
        }
    }

    private static Properties conf(String name) throws IOException {
        Properties conf = new Properties();
        try (Reader in = Files.newBufferedReader(ROOT.resolve("exercises/" + name + ".conf"))) {
            conf.load(in);
        }
        return conf;
    }

    // ---- the database and the services as they are

    private static String createTable(Connection db, String table) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + table)) {
            rs.next();
            return rs.getString(2);
        }
    }

    private static List<String> indexes(Connection db, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = DATABASE()"
                        + " AND table_name = '" + table + "' ORDER BY index_name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The access type of the first table of a plan: ref (by index), ALL (full scan), ... */
    private static String plan(Connection db, String explain) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(explain)) {
            rs.next();
            return rs.getString("type");
        }
    }

    private static void dropDatabase(DatabaseSettings scratch) throws SQLException {
        String server = scratch.jdbcUrl().replaceFirst("/" + scratch.database() + "\\?", "/?");
        try (Connection db = DriverManager.getConnection(server, scratch.username(), scratch.password());
             Statement st = db.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + scratch.database() + "`");
        }
    }

    private static int consumers(PrivateLab lab, String queue) throws IOException, InterruptedException {
        String vhost = URLEncoder.encode(lab.vhost, StandardCharsets.UTF_8);
        HttpResponse<String> reply = RabbitManagement.call("GET", "/api/queues/" + vhost + "/" + queue, null);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        Matcher m = Pattern.compile("\"consumers\"\\s*:\\s*(\\d+)").matcher(reply.body());
        assertThat(m.find()).as(reply.body()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The management API counts consumers every few seconds: its count, once it is {@code expected} or 20 s passed. */
    private static int consumersWithin(PrivateLab lab, String queue, int expected) throws Exception {
        int seen = consumers(lab, queue);
        for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20); seen != expected && System.nanoTime() < until; ) {
            Thread.sleep(500);
            seen = consumers(lab, queue);
        }
        return seen;
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(url).isEqualTo(200);
        return reply.body();
    }

    /** The sum of a Prometheus metric's samples whose name and labels start as {@code prefix} (a regex) says. */
    private static long metric(String metrics, String prefix) {
        Matcher m = Pattern.compile("(?m)^" + prefix + ".*\\} ([-0-9.E+]+)$").matcher(metrics);
        double sum = 0;
        int samples = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
            samples++;
        }
        assertThat(samples).as("samples of " + prefix).isPositive();
        return Math.round(sum);
    }
}
