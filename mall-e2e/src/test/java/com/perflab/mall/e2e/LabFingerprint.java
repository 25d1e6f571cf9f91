package com.perflab.mall.e2e;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.perflab.mall.schema.DatabaseSettings;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * What the user's lab holds, to prove that an e2e run leaves it as it was (issue 16): a CHECKSUM TABLE of every
 * table of the lab's database, every key of the lab's Redis database (a digest of its DUMP, and whether it
 * expires), the queues of the lab's vhost (depth, and messages ever published to each), the lab's search alias
 * (its indices, documents and index/delete operations) and the lab's MongoDB database (documents per collection).
 * <p>The lab is what {@code ./mall up} runs; other names with {@code -Dmall.lab.db.name} (default {@code mall}),
 * {@code -Dmall.lab.redis.database} ({@code 0}), {@code -Dmall.lab.vhost} ({@code /mall}),
 * {@code -Dmall.lab.search.alias} ({@code pms}) and {@code -Dmall.lab.mongodb.database} (the database of
 * MALL_MONGODB_URI, else {@code mall}). The servers are the ones MALL_DB_*, MALL_REDIS_*, MALL_RABBITMQ_*,
 * MALL_ES_URIS and MALL_MONGODB_URI name, as for the lab.
 */
final class LabFingerprint {

    static final String DB = System.getProperty("mall.lab.db.name", "mall");
    static final int REDIS_DB = Integer.getInteger("mall.lab.redis.database", 0);
    static final String VHOST = System.getProperty("mall.lab.vhost", "/mall");
    static final String SEARCH_ALIAS = System.getProperty("mall.lab.search.alias", "pms");

    private static final Map<String, String> ENV = System.getenv();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static Snapshot baseline;

    private LabFingerprint() {
    }

    /**
     * The lab's data as it was before the first private lab of this test run started: taken by the first call,
     * returned by every later one.
     */
    static synchronized Snapshot recordBaseline() throws Exception {
        if (baseline == null) {
            baseline = take();
            System.out.println("lab fingerprint before the run: " + baseline.summary());
        }
        return baseline;
    }

    /**
     * The lab's data now. {@code entries} are compared as they are; {@code expiring} lists the Redis keys that had
     * a TTL, which may be gone later without anyone touching them.
     */
    record Snapshot(boolean databaseExists, Map<String, String> entries, Set<String> expiring) {

        /** What differs in {@code later}: changed or new entries, and entries gone that could not expire. */
        List<String> differencesTo(Snapshot later) {
            List<String> differences = new ArrayList<>();
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                String now = later.entries.get(entry.getKey());
                if (now == null && !expiring.contains(entry.getKey())) {
                    differences.add(entry.getKey() + ": gone (was " + entry.getValue() + ")");
                } else if (now != null && !now.equals(entry.getValue())) {
                    differences.add(entry.getKey() + ": " + entry.getValue() + " -> " + now);
                }
            }
            later.entries.forEach((key, value) -> {
                if (!entries.containsKey(key)) {
                    differences.add(key + ": new (" + value + ")");
                }
            });
            return differences;
        }

        String summary() {
            Map<String, Integer> perPart = new TreeMap<>();
            entries.keySet().forEach(k -> perPart.merge(k.substring(0, k.indexOf(' ')), 1, Integer::sum));
            return (databaseExists ? "" : "no lab database " + DB + "; ") + "entries per part " + perPart;
        }
    }

    static Snapshot take() throws Exception {
        Map<String, String> entries = new TreeMap<>();
        Set<String> expiring = new TreeSet<>();
        boolean databaseExists = database(entries);
        redis(entries, expiring);
        rabbit(entries);
        search(entries);
        mongo(entries);
        return new Snapshot(databaseExists, entries, expiring);
    }

    // ---- MariaDB: one checksum per table

    private static boolean database(Map<String, String> entries) throws SQLException {
        DatabaseSettings server = DatabaseSettings.fromEnvironment(ENV).withDatabase("information_schema");
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
                server.password())) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement exists = connection.prepareStatement(
                    "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?");
                 PreparedStatement list = connection.prepareStatement("SELECT table_name FROM information_schema.tables"
                         + " WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                exists.setString(1, DB);
                try (ResultSet rs = exists.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return false; // missing, or the user may not see it: either way nothing of it to compare
                    }
                }
                list.setString(1, DB);
                try (ResultSet rs = list.executeQuery()) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            entries.put("db " + DB + " tables", String.join(",", tables));
            if (!tables.isEmpty()) {
                String all = String.join(", ", tables.stream().map(t -> "`" + DB + "`.`" + t + "`").toList());
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("CHECKSUM TABLE " + all)) {
                    while (rs.next()) {
                        entries.put("db " + rs.getString(1), "checksum " + rs.getString(2));
                    }
                }
            }
            return true;
        }
    }

    // ---- Redis: every key of the lab's database

    private static void redis(Map<String, String> entries, Set<String> expiring) throws IOException {
        String host = ENV.getOrDefault("MALL_REDIS_HOST", "127.0.0.1");
        int port = Integer.parseInt(ENV.getOrDefault("MALL_REDIS_PORT", "6379"));
        try (Resp redis = new Resp(host, port)) {
            String password = ENV.getOrDefault("MALL_REDIS_PASSWORD", "");
            if (!password.isEmpty()) {
                redis.call("AUTH", password);
            }
            redis.call("SELECT", Integer.toString(REDIS_DB));
            String cursor = "0";
            do {
                List<?> reply = (List<?>) redis.call("SCAN", cursor, "COUNT", "1000");
                cursor = text(reply.get(0));
                for (Object item : (List<?>) reply.get(1)) {
                    String key = text(item);
                    Object dump = redis.call("DUMP", key);
                    if (dump == null) {
                        continue; // expired between SCAN and DUMP
                    }
                    String name = "redis " + REDIS_DB + " " + key;
                    entries.put(name, "dump " + digest((byte[]) dump));
                    if ((Long) redis.call("PTTL", key) >= 0) {
                        expiring.add(name);
                    }
                }
            } while (!cursor.equals("0"));
        } catch (java.net.ConnectException e) {
            entries.put("redis " + REDIS_DB, "unreachable");
        }
    }

    // ---- RabbitMQ: the queues of the lab's vhost

    private static void rabbit(Map<String, String> entries) throws InterruptedException {
        rabbit(VHOST, entries);
    }

    /** The queues of {@code vhost} as {@link #queueEntries} reads them, or why they could not be read. */
    static void rabbit(String vhost, Map<String, String> entries) throws InterruptedException {
        String path = URLEncoder.encode(vhost, StandardCharsets.UTF_8);
        HttpResponse<String> queues;
        HttpResponse<String> bindings;
        try {
            queues = RabbitManagement.call("GET", "/api/queues/" + path + "?columns=name,messages,arguments,"
                    + "effective_policy_definition,message_stats.publish,message_stats.deliver_get", null);
            bindings = RabbitManagement.call("GET", "/api/bindings/" + path
                    + "?columns=source,destination,destination_type,routing_key", null);
        } catch (IOException e) {
            entries.put("vhost " + vhost, "management API unreachable");
            return;
        }
        if (queues.statusCode() != 200 || bindings.statusCode() != 200) { // 404: no such vhost
            entries.put("vhost " + vhost, "HTTP " + queues.statusCode() + " / " + bindings.statusCode());
            return;
        }
        entries.putAll(queueEntries(vhost, queues.body(), bindings.body()));
    }

    /**
     * One entry per queue: the messages published to it and delivered from it (what clients did), and its depth.
     * The depth is left out for a queue whose messages expire (a message TTL, by argument or policy) and for the
     * queues its expired messages are dead-lettered to: the broker moves those messages by itself, with no client
     * and no lab service running (the portal's cancel delay queue empties into the cancel queue two hours after a
     * benchmark), so their depth changes without anyone touching the lab.
     */
    static Map<String, String> queueEntries(String vhost, String queuesJson, String bindingsJson) {
        List<Map<String, Object>> queues = JsonPath.read(queuesJson, "$[*]");
        List<Map<String, Object>> bindings = JsonPath.read(bindingsJson, "$[*]");
        Set<String> movedByExpiry = new TreeSet<>();
        for (Map<String, Object> queue : queues) {
            if (setting(queue, "message-ttl") == null) {
                continue;
            }
            movedByExpiry.add((String) queue.get("name"));
            Object exchange = setting(queue, "dead-letter-exchange");
            Object routingKey = setting(queue, "dead-letter-routing-key");
            if (exchange == null) {
                continue; // expired messages are dropped
            }
            if ("".equals(exchange)) {
                if (routingKey != null) {
                    movedByExpiry.add(routingKey.toString()); // the default exchange routes by queue name
                }
                continue;
            }
            for (Map<String, Object> binding : bindings) {
                // without a dead-letter routing key a message keeps its own, so every queue bound to the exchange
                if (exchange.equals(binding.get("source")) && "queue".equals(binding.get("destination_type"))
                        && (routingKey == null || routingKey.equals(binding.get("routing_key")))) {
                    movedByExpiry.add((String) binding.get("destination"));
                }
            }
        }
        Map<String, String> entries = new TreeMap<>();
        for (Map<String, Object> queue : queues) {
            String name = (String) queue.get("name");
            Map<?, ?> stats = queue.get("message_stats") instanceof Map<?, ?> map ? map : Map.of();
            String clients = "published " + count(stats.get("publish")) + ", delivered " + count(stats.get("deliver_get"));
            entries.put("vhost " + vhost + " queue " + name, movedByExpiry.contains(name)
                    ? clients + " (depth left out: moved by message expiry)"
                    : "messages " + queue.get("messages") + ", " + clients);
        }
        return entries;
    }

    /** A queue's setting: its {@code x-} argument, else its policy's. */
    private static Object setting(Map<String, Object> queue, String name) {
        Object fromArgument = queue.get("arguments") instanceof Map<?, ?> arguments ? arguments.get("x-" + name) : null;
        if (fromArgument != null) {
            return fromArgument;
        }
        return queue.get("effective_policy_definition") instanceof Map<?, ?> policy ? policy.get(name) : null;
    }

    private static Object count(Object value) {
        return value == null ? 0 : value;
    }

    // ---- Elasticsearch: the lab's alias

    private static void search(Map<String, String> entries) throws IOException, InterruptedException {
        String es = ENV.getOrDefault("MALL_ES_URIS", "http://127.0.0.1:9200").split(",")[0].replaceAll("/$", "");
        String name = "search " + SEARCH_ALIAS;
        try {
            HttpResponse<String> indices = get(es + "/_alias/" + SEARCH_ALIAS);
            if (indices.statusCode() == 404) {
                entries.put(name, "absent");
                return;
            }
            Map<String, Object> byIndex = JsonPath.read(indices.body(), "$");
            entries.put(name, "indices " + new TreeSet<>(byIndex.keySet()));
            HttpResponse<String> stats = get(es + "/" + SEARCH_ALIAS + "/_stats/docs,indexing?filter_path="
                    + "_all.primaries.docs.count,_all.primaries.indexing.index_total,_all.primaries.indexing.delete_total");
            entries.put(name + " stats", stats.statusCode() + " " + stats.body());
        } catch (IOException e) {
            entries.put(name, "unreachable");
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // ---- MongoDB: documents per collection of the lab's database

    private static void mongo(Map<String, String> entries) {
        ConnectionString uri = new ConnectionString(ENV.getOrDefault("MALL_MONGODB_URI",
                "mongodb://127.0.0.1:27017/mall"));
        String database = System.getProperty("mall.lab.mongodb.database",
                uri.getDatabase() == null ? "mall" : uri.getDatabase());
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(uri)
                .applyToClusterSettings(c -> c.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(2, TimeUnit.SECONDS)).build();
        try (MongoClient client = MongoClients.create(settings)) {
            MongoDatabase db = client.getDatabase(database);
            for (String collection : db.listCollectionNames()) {
                entries.put("mongo " + database + "." + collection,
                        "documents " + db.getCollection(collection).countDocuments());
            }
        } catch (com.mongodb.MongoTimeoutException e) {
            entries.put("mongo " + database, "unreachable");
        }
    }

    // ---- helpers

    private static String text(Object bulk) {
        return new String((byte[]) bulk, StandardCharsets.UTF_8);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The few Redis commands above over RESP: replies as byte[] (bulk), String (status), Long or List. */
    private static final class Resp implements AutoCloseable {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Resp(String host, int port) throws IOException {
            socket = new Socket(host, port);
            socket.setSoTimeout(10_000);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        Object call(String... args) throws IOException {
            StringBuilder command = new StringBuilder("*").append(args.length).append("\r\n");
            for (String arg : args) {
                byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
                command.append('$').append(bytes.length).append("\r\n").append(arg).append("\r\n");
            }
            out.write(command.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return read();
        }

        private Object read() throws IOException {
            int type = in.read();
            String line = line();
            return switch (type) {
                case '+' -> line;
                case ':' -> Long.parseLong(line);
                case '-' -> throw new IOException("Redis: " + line);
                case '$' -> {
                    int length = Integer.parseInt(line);
                    if (length < 0) {
                        yield null;
                    }
                    byte[] bytes = in.readNBytes(length + 2); // the value and its CRLF
                    yield java.util.Arrays.copyOf(bytes, length);
                }
                case '*' -> {
                    int count = Integer.parseInt(line);
                    List<Object> items = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        items.add(read());
                    }
                    yield count < 0 ? null : items;
                }
                default -> throw new IOException("unexpected Redis reply type " + type);
            };
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != '\r') {
                if (c < 0) {
                    throw new IOException("Redis closed the connection");
                }
                line.append((char) c);
            }
            in.read(); // \n
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
