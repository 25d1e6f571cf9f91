package com.perflab.mall.common.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Requests of a middleware fault test: each one is timed, recorded in a {@link FaultTable} and checked for the
 * expected status, the envelope's code and a wall time under a hang bound (a hang detector, not a speed
 * target: the shared build machine is often loaded).
 */
public final class FaultRequests {

    private final MockMvc mvc;
    private final FaultTable table;
    private final long boundMillis;

    public FaultRequests(MockMvc mvc, FaultTable table, Duration hangBound) {
        this.mvc = mvc;
        this.table = table;
        this.boundMillis = hangBound.toMillis();
    }

    /** Sends the request and checks status, envelope code and that it did not hang. */
    public MvcResult expect(int status, MockHttpServletRequestBuilder request, String store, String fault) throws Exception {
        String path = describe(request);
        long start = System.nanoTime();
        MvcResult result = mvc.perform(request).andReturn();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        int actual = result.getResponse().getStatus();
        table.add(path, store, fault, actual, millis, result.getResolvedException());
        assertThat(actual).as("%s with %s %s (resolved %s)", path, store, fault,
                FaultTable.chain(result.getResolvedException())).isEqualTo(status);
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((Integer) JsonPath.read(body, "$.code")).as("envelope code of %s", path).isEqualTo(status);
        if (status >= 500) {
            assertThat((String) JsonPath.read(body, "$.message")).isNotBlank();
        }
        assertThat(millis).as("%s with %s %s must not hang", path, store, fault).isLessThan(boundMillis);
        return result;
    }

    /**
     * Sends the request until it answers 200 (clients re-connect on their own, no restart) and records how long
     * that took after the store came back.
     */
    public void awaitOk(Supplier<MockHttpServletRequestBuilder> request, String store, Duration within) throws Exception {
        long start = System.nanoTime();
        long deadline = start + within.toNanos();
        MvcResult result;
        do {
            result = mvc.perform(request.get()).andReturn();
            if (result.getResponse().getStatus() == 200) {
                break;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        String path = describe(request.get());
        table.add(path, store, "PASS again (recovery)", result.getResponse().getStatus(), millis, result.getResolvedException());
        assertThat(result.getResponse().getStatus()).as("%s after %s is back", path, store).isEqualTo(200);
    }

    private static String describe(MockHttpServletRequestBuilder request) {
        var servletRequest = request.buildRequest(new org.springframework.mock.web.MockServletContext());
        return servletRequest.getMethod() + " " + servletRequest.getRequestURI();
    }

    /**
     * Runs a test's own setup against a store that was just switched back to PASS (or is slow to accept on a
     * loaded machine), trying again for up to 15 s: the fixture is not what the test measures.
     */
    public static <T> T settled(java.util.concurrent.Callable<T> setup) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try {
                return setup.call();
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /** The real server's host and port from the environment the services read, for a proxy in front of it. */
    public static FaultProxy proxyTo(String hostVariable, String portVariable, int defaultPort) {
        String host = System.getenv().getOrDefault(hostVariable, "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault(portVariable, Integer.toString(defaultPort)));
        return FaultProxy.to(host, port);
    }
}
