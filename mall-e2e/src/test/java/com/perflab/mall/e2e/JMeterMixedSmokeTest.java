package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs jmeter/'s {@code mixed} plan for a few seconds with two virtual users (the seed members test and test2,
 * one each, so their carts and orders never race) on JMeter's own engine, and fails when any sampler failed
 * or a part of the mix never ran: the plans break here, not in front of a class.
 *
 * <p>Against the e2e run's own services ({@link PrivateLab}) by default. {@code -Dmall.jmeter.host=...
 * -Dmall.jmeter.port=...} point it at another gateway instead (for example the user's lab) and start no services;
 * {@code -Dmall.jmeter.seconds} and {@code -Dmall.jmeter.threads} change the length and the users.
 */
class JMeterMixedSmokeTest {

    private final Path root = Path.of(System.getProperty("mall.root", "..")).toAbsolutePath().normalize();

    @Test
    void mixedPlanRunsEveryShareWithoutErrors() throws Exception {
        String host = System.getProperty("mall.jmeter.host", "127.0.0.1");
        String port = System.getProperty("mall.jmeter.port");
        if (port == null) {
            port = Integer.toString(PrivateLab.shared().port("mall-gateway"));
        }
        EmbeddedJMeter.Result result = runMixed(root, host, port, Integer.getInteger("mall.jmeter.threads", 2),
                Integer.getInteger("mall.jmeter.seconds", 20), null);

        String counts = result.samples().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        assertThat(result.failures()).as("failed samples (label: first failure); all samples: " + counts).isEmpty();
        assertThat(result.samples()).as("samplers that ran").containsKeys("login", "search", "home content");
        assertThat(result.samples().values().stream().mapToLong(Long::longValue).sum())
                .as("samples in the run").isGreaterThanOrEqualTo(20);
    }

    /**
     * The mixed plan of the repository at ROOT against the gateway at HOST:PORT with THREADS seed members for
     * SECONDS, its samples written to RESULTS unless null.
     */
    static EmbeddedJMeter.Result runMixed(Path root, String host, String port, int threads, int seconds, Path results)
            throws Exception {
        Path plan = root.resolve("jmeter/src/test/jmeter/mixed.jmx");
        Path data = root.resolve("jmeter/data/seed");
        assertThat(plan).as("the mixed plan").isRegularFile();
        assertThat(data.resolve("members.csv")).as("the seed members").isRegularFile();
        return EmbeddedJMeter.run(plan, Map.of(
                "host", host,
                "port", port,
                "threads", Integer.toString(threads),
                "rampUp", "1",
                "duration", Integer.toString(seconds),
                "dataDir", data.toString()),
                Files.createTempDirectory("jmeter-home"), results);
    }
}
