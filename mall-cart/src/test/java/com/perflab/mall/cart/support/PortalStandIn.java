package com.perflab.mall.cart.support;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.IdentityProof;
import com.perflab.mall.common.auth.IdentityProperties;
import com.perflab.mall.common.auth.UserType;
import com.perflab.mall.common.test.TestIdentity;
import java.time.Clock;
import java.time.Duration;
import com.perflab.mall.cart.catalog.PromotionQuote;
import com.perflab.mall.cart.catalog.SkuQuantity;
import com.perflab.mall.cart.catalog.SkuSnapshot;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A recording HTTP stand-in for mall-portal's internal API ({@code GET /internal/skus},
 * {@code POST /internal/promotions/quote}) on a random port: tests choose the catalog and the promotions,
 * switch it to failing or slow, and read back what the cart asked.
 */
public final class PortalStandIn {

    private static final IdentityProof IDENTITY = new IdentityProof(
            new IdentityProperties(TestIdentity.secret(), Duration.ofSeconds(60)), Clock.systemUTC());


    /** What a request to the stand-in looked like. */
    public record Call(String method, String path, String query, String body) {
    }

    /** How the stand-in answers. */
    public enum Mode { NORMAL, ERROR_500, SLOW, QUOTE_ERROR_500 }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Map<Long, SkuSnapshot> skus = new ConcurrentHashMap<>();
    private final Map<Long, PromotionQuote> promotions = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.NORMAL;

    private PortalStandIn(HttpServer server) {
        this.server = server;
    }

    public static PortalStandIn start() {
        try {
            PortalStandIn standIn = new PortalStandIn(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            standIn.server.createContext("/", standIn::handle);
            // the concurrency test sends 20 requests at once
            standIn.server.setExecutor(Executors.newFixedThreadPool(8));
            standIn.server.start();
            return standIn;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    /** Back to the seeded-like catalog, no promotions, normal answers, nothing recorded. */
    public void reset() {
        skus.clear();
        promotions.clear();
        calls.clear();
        mode = Mode.NORMAL;
        // product 1 has SKUs 1 and 2, product 2 has SKUs 3 and 4, as in the demo seed
        sku(1, 1, "399.00");
        sku(2, 1, "399.00");
        sku(3, 2, "599.00");
        sku(4, 2, "599.00");
    }

    public SkuSnapshot sku(long skuId, long productId, String price) {
        SkuSnapshot sku = new SkuSnapshot(skuId, productId, "商品" + productId, "https://img.example/p" + productId
                + ".jpg", "副标题" + productId, "PSN" + productId, "品牌" + productId, 7L, "SKU" + skuId,
                "[{\"key\":\"颜色\",\"value\":\"色" + skuId + "\"}]", new BigDecimal(price), new BigDecimal("999.00"),
                100, 10);
        skus.put(skuId, sku);
        return sku;
    }

    public void remove(long skuId) {
        skus.remove(skuId);
    }

    public void promotion(long skuId, String message, String reducePerUnit, int realStock) {
        BigDecimal price = skus.get(skuId).price();
        BigDecimal reduce = new BigDecimal(reducePerUnit);
        promotions.put(skuId, new PromotionQuote(skuId, message, reduce, price.subtract(reduce), realStock, 5, 6));
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            calls.add(new Call(exchange.getRequestMethod(), path, query, body));
            // as the real portal does: the internal API answers only to a signed service identity
            AuthenticatedUser caller = callerOf(exchange);
            if (caller == null || caller.type() != UserType.SERVICE) {
                reply(exchange, 401, "{\"code\":401,\"message\":\"no service identity\",\"data\":null}");
                return;
            }
            if (mode == Mode.SLOW) {
                sleep();
            }
            if (mode == Mode.ERROR_500 || mode == Mode.QUOTE_ERROR_500 && path.equals("/internal/promotions/quote")) {
                reply(exchange, 500, "{\"code\":500,\"message\":\"操作失败\",\"data\":null}");
                return;
            }
            Object data = switch (path) {
                case "/internal/skus" -> skus(query);
                case "/internal/promotions/quote" -> quote(body);
                default -> null;
            };
            if (data == null) {
                reply(exchange, 404, "{\"code\":404,\"message\":\"no such path\",\"data\":null}");
                return;
            }
            reply(exchange, 200, JSON.writeValueAsString(Map.of("code", 200, "message", "操作成功", "data", data)));
        }
    }

    private static AuthenticatedUser callerOf(HttpExchange exchange) {
        try {
            return IDENTITY.verify(exchange.getRequestHeaders()::getFirst);
        } catch (ApiException refused) {
            return null;
        }
    }

    private List<SkuSnapshot> skus(String query) {
        String ids = query == null ? "" : query.replaceFirst("^ids=", "");
        return Arrays.stream(ids.split(","))
                .filter(id -> !id.isBlank())
                .map(id -> skus.get(Long.parseLong(id)))
                .filter(Objects::nonNull)
                .toList();
    }

    private List<PromotionQuote> quote(String body) {
        List<SkuQuantity> lines = JSON.readValue(body, new TypeReference<List<SkuQuantity>>() {
        });
        return lines.stream()
                .map(line -> {
                    PromotionQuote promotion = promotions.get(line.skuId());
                    SkuSnapshot sku = skus.get(line.skuId());
                    return promotion != null ? promotion : new PromotionQuote(line.skuId(), "无优惠",
                            BigDecimal.ZERO, sku.price(), sku.stock() - sku.lockStock(), 0, 0);
                })
                .toList();
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
