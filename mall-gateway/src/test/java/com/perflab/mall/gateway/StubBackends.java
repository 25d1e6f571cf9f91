package com.perflab.mall.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** HTTP servers on a free local port that stand in for the services behind the gateway in its tests. */
public final class StubBackends {

    private StubBackends() {
    }

    /** Answers every request with a success envelope, after showing it to {@code seen}. */
    public static HttpServer answeringOk(Consumer<HttpExchange> seen) {
        return start(exchange -> {
            seen.accept(exchange);
            byte[] body = "{\"code\":200,\"message\":\"ok\",\"data\":null}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        });
    }

    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    public static HttpServer start(Handler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                try (exchange) {
                    handler.handle(exchange);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String uri(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
