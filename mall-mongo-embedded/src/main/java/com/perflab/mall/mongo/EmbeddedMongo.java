package com.perflab.mall.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the MongoDB wire protocol for the local lab when no real {@code mongod} is configured
 * (MALL_MONGODB_URI unset). Data live in an H2 file when MALL_MONGO_DATA names one, else in memory.
 * Not for production or load tests of MongoDB itself: the cluster runs a real MongoDB.
 */
public final class EmbeddedMongo {

    private final MongoServer server;

    public EmbeddedMongo(MongoBackend backend) {
        this.server = new MongoServer(backend);
    }

    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(new MemoryBackend());
    }

    public static EmbeddedMongo inFile(Path file) throws Exception {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new EmbeddedMongo(new H2Backend(file.toString()));
    }

    public InetSocketAddress start(String host, int port) {
        server.bind(host, port);
        return server.getLocalAddress();
    }

    public void stop() {
        server.shutdownNow();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String host = env.getOrDefault("MALL_MONGO_HOST", "127.0.0.1");
        int port = Integer.parseInt(env.getOrDefault("MALL_MONGO_PORT", "27017"));
        String dataFile = env.get("MALL_MONGO_DATA");
        EmbeddedMongo mongo = dataFile == null || dataFile.isBlank() ? inMemory() : inFile(Path.of(dataFile));
        InetSocketAddress address = mongo.start(host, port);
        System.out.printf("Embedded MongoDB-compatible server listening on %s:%d (%s)%n", address.getHostString(),
                address.getPort(), dataFile == null || dataFile.isBlank() ? "in memory" : "data in " + dataFile);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.stop();
            stopped.countDown();
        }, "embedded-mongo-shutdown"));
        stopped.await();
    }
}
