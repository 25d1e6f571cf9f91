package com.perflab.mall.common.test;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.IdentityProof;
import com.perflab.mall.common.auth.IdentityProperties;
import com.perflab.mall.common.auth.UserType;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A recording HTTP stand-in for another service's internal API on a random loopback port. Like the real
 * service (IdentityProofFilter), it answers 401 unless the call carries a valid signed service identity, so a
 * caller that forgot to sign fails here too. Tests program the envelope each path answers, make it slow, and
 * read back what was asked and by whom.
 */
public final class ServiceStandIn implements AutoCloseable {

    private static final IdentityProof IDENTITY = new IdentityProof(
            new IdentityProperties(TestIdentity.secret(), Duration.ofSeconds(60)), Clock.systemUTC());

    /** A request as it arrived; {@code caller} is the verified identity, null when unsigned or forged. */
    public record Call(String method, String path, String query, String body, AuthenticatedUser caller) {
    }

    private record Answer(int status, String json) {
    }

    private volatile HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;

    private ServiceStandIn(HttpServer server) {
        this.server = server;
    }

    public static ServiceStandIn start() {
        ServiceStandIn standIn = new ServiceStandIn(null);
        standIn.listen(0);
        return standIn;
    }

    /** Down: connections to its port are refused until {@link #restart()}. */
    public void stop() {
        server.stop(0);
    }

    /** Back up on the same port. */
    public void restart() {
        listen(server.getAddress().getPort());
    }

    private void listen(int port) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            http.createContext("/", this::handle);
            http.setExecutor(Executors.newFixedThreadPool(8));
            http.start();
            server = http;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code path} answers this HTTP status and envelope from now on; unknown paths answer 404. */
    public void answer(String path, int status, String json) {
        answers.put(path, new Answer(status, json));
    }

    /** {@code path} answers the envelope of {@code code} with {@code message}, with that code as HTTP status. */
    public void answerEnvelope(String path, int code, String message) {
        answer(path, code, "{\"code\":" + code + ",\"message\":\"" + message + "\",\"data\":null}");
    }

    /** Every answer waits this long first (a slow service). */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** No programmed answers, no delay, nothing recorded. */
    public void reset() {
        answers.clear();
        calls.clear();
        delay = Duration.ZERO;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            AuthenticatedUser caller = callerOf(exchange);
            calls.add(new Call(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(), body, caller));
            if (caller == null || caller.type() != UserType.SERVICE) {
                reply(exchange, 401, "{\"code\":401,\"message\":\"no service identity\",\"data\":null}");
                return;
            }
            if (!delay.isZero()) {
                sleep(delay);
            }
            Answer answer = answers.getOrDefault(path,
                    new Answer(404, "{\"code\":404,\"message\":\"no such path\",\"data\":null}"));
            reply(exchange, answer.status(), answer.json());
        }
    }

    private static AuthenticatedUser callerOf(HttpExchange exchange) {
        try {
            return IDENTITY.verify(exchange.getRequestHeaders()::getFirst);
        } catch (ApiException refused) {
            return null;
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
