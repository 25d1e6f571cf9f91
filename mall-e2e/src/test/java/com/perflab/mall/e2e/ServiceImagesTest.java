package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: the six services' images, built here by {@code ./mall images} (podman where no Docker engine answers,
 * on a Debian stand-in of the Temurin base where no registry does), start as the cluster runs them: host network,
 * read-only root filesystem (only /tmp writable, an emptyDir in the cluster), user 10001, every capability dropped,
 * no new privileges, a memory limit. Each joins the e2e lab (its database, Redis, vhost, keys) on a port of its
 * own and must report health UP; the test also proves the constraints hold inside (uid, a write refused). The
 * schema job's image runs the same way to completion against the lab's database.
 *
 * <p>The engine's command line drives the containers (Testcontainers would need the engine's API socket, which
 * podman serves only while a service process runs; the CLI needs nothing running).
 */
class ServiceImagesTest {

    private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(300);
    private final Path root = PrivateLab.root();

    @Test
    void everyServiceImageStartsHardenedAndReportsUp() throws Exception {
        Path log = root.resolve("mall-e2e/target/images.log");
        Files.createDirectories(log.getParent());
        assertThat(run(List.of(root.resolve("mall").toString(), "images"), log, Duration.ofMinutes(20)))
                .as("./mall images; its output in %s:%n%s", log, tail(log)).isZero();
        Engine engine = Engine.detect(root);
        String version = Files.readString(log).replaceAll("(?s).*Images with \\S+ \\(version ([^,]+),.*", "$1");

        PrivateLab lab = PrivateLab.shared();
        Map<String, Integer> ports = new LinkedHashMap<>();
        List<String> containers = new ArrayList<>();
        String run = "imagetest-" + ProcessHandle.current().pid();
        try {
            for (String service : lab.ports().keySet()) {
                int port = PrivateLab.freePort();
                String name = run + "-" + service;
                List<String> command = new ArrayList<>(List.of("run", "-d", "--name", name, "--network", "host",
                        "--read-only", "--tmpfs", "/tmp", "--user", "10001:10001", "--cap-drop", "ALL",
                        "--security-opt", "no-new-privileges", "--memory", "768m"));
                Map<String, String> env = new LinkedHashMap<>(lab.serviceEnvironment());
                env.put("SERVER_PORT", Integer.toString(port));
                env.forEach((k, v) -> command.addAll(List.of("-e", k + "=" + v)));
                command.add("perflab/" + service + ":" + version);
                Engine.Result started = engine.run(command);
                assertThat(started.exit()).as("%s run %s: %s", engine.name(), service, started.output()).isZero();
                containers.add(name);
                ports.put(service, port);
            }

            long deadline = System.nanoTime() + HEALTHY_WITHIN.toNanos();
            for (Map.Entry<String, Integer> service : ports.entrySet()) {
                String name = run + "-" + service.getKey();
                while (!lab.answersHealthCheck(service.getValue())) {
                    Engine.Result state = engine.run(List.of("inspect", "-f", "{{.State.Running}}", name));
                    assertThat(state.output().strip()).as("%s's container is running; its log:%n%s", service.getKey(),
                            engine.run(List.of("logs", "--tail", "60", name)).output()).isEqualTo("true");
                    assertThat(System.nanoTime()).as("%s UP within %s; its log:%n%s", service.getKey(), HEALTHY_WITHIN,
                            engine.run(List.of("logs", "--tail", "60", name)).output()).isLessThan(deadline);
                    Thread.sleep(2000);
                }
                Engine.Result settings = engine.run(List.of("inspect", "-f", "{{.Config.User}} {{.HostConfig.ReadonlyRootfs}}", name));
                assertThat(settings.output().strip()).as(service.getKey()).isEqualTo("10001:10001 true");
                // what the kernel says of the service's process (engines report dropped capabilities differently)
                String status = engine.run(List.of("exec", name, "cat", "/proc/1/status")).output();
                assertThat(status).as("%s's process: user 10001, no capabilities at all, no new privileges", service.getKey())
                        .containsPattern("(?m)^Uid:\\s+10001\\s")
                        .containsPattern("(?m)^CapEff:\\s+0+$")
                        .containsPattern("(?m)^CapBnd:\\s+0+$")
                        .containsPattern("(?m)^NoNewPrivs:\\s+1$");
                Engine.Result write = engine.run(List.of("exec", name, "sh", "-c", "echo x > /app/written"));
                assertThat(write.exit()).as("a write to the image's files is refused: %s", write.output()).isNotZero();
                assertThat(write.output()).containsIgnoringCase("read-only");
            }

            // the schema job's image, as the Job runs it: hardened the same way, a run to completion; on the lab's
            // database, already migrated, migrate applies nothing (the Job's second run in a cluster does the same)
            Engine.Result schema = engine.run(List.of("run", "--rm", "--network", "host", "--read-only", "--tmpfs", "/tmp",
                    "--user", "10001:10001", "--cap-drop", "ALL", "--security-opt", "no-new-privileges", "--memory", "512m",
                    "-e", "MALL_DB_NAME=" + lab.serviceEnvironment().get("MALL_DB_NAME"), "perflab/mall-schema:" + version, "migrate"));
            assertThat(schema.exit()).as("perflab/mall-schema migrate: %s", schema.output()).isZero();
            assertThat(schema.output()).as("perflab/mall-schema migrate")
                    .containsPattern("migrate " + lab.serviceEnvironment().get("MALL_DB_NAME") + " on \\S+: 0 script\\(s\\) applied");
        } finally {
            for (String name : containers) {
                engine.run(List.of("rm", "-f", name));
            }
        }
    }

    private static int run(List<String> command, Path log, Duration timeout) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + ": " + tail(log));
        }
        return process.exitValue();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** The container engine ./mall images used: docker where a Docker engine answers, else podman with its settings. */
    record Engine(String name, Map<String, String> environment) {

        record Result(int exit, String output) {
        }

        static Engine detect(Path root) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(root.resolve("mall").toString(), "images", "--engine").redirectErrorStream(true).start();
            String line = new String(process.getInputStream().readAllBytes()).strip();
            assertThat(process.waitFor()).as("./mall images --engine: " + line).isZero();
            String[] words = line.split("\\s+");
            Map<String, String> environment = new LinkedHashMap<>();
            for (int i = 1; i < words.length; i++) {
                environment.put(words[i].substring(0, words[i].indexOf('=')), words[i].substring(words[i].indexOf('=') + 1));
            }
            return new Engine(words[0], environment);
        }

        Result run(List<String> arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>();
            command.add(name);
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, output + " (timed out)");
            }
            return new Result(process.exitValue(), output);
        }
    }
}
