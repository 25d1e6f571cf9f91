package com.perflab.mall.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Packaged service jars ({@code <module>/target/<module>.jar}) run as child processes for the end-to-end labs:
 * one log file each, a health wait that names a service that died or hung with the end of its log, and a stop
 * that gives each process time to shut down gracefully.
 */
final class ServiceProcesses {

    private final Path root;
    private final Path logs;
    private final Duration startTimeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Process> started = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    ServiceProcesses(Path root, Path logs, Duration startTimeout) {
        this.root = root;
        this.logs = logs;
        this.startTimeout = startTimeout;
    }

    /** Starts {@code service} with {@code env} added to this JVM's environment; its log is {@code <logs>/<service>.log}. */
    void start(String service, int port, Map<String, String> env) throws IOException {
        start(service, service, port, env, List.of(), List.of());
    }

    /**
     * Starts the jar of {@code service} as {@code name} (its log {@code <logs>/<name>.log}), with JVM options after
     * the usual ones (so they win) and Spring arguments after the jar, as {@code ./mall} starts an exercise's service.
     */
    void start(String name, String service, int port, Map<String, String> env, List<String> jvmOptions,
               List<String> arguments) throws IOException {
        Path jar = root.resolve(service).resolve("target").resolve(service + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -B package -DskipTests)");
        }
        Files.createDirectories(logs);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().putAll(env);
        started.put(name, builder.start());
        ports.put(name, port);
    }

    /** Stops one started process (TERM, then KILL after 30 s). */
    void stop(String name) {
        Process process = started.remove(name);
        ports.remove(name);
        if (process != null) {
            process.destroy();
            awaitExit(process, 30);
        }
    }

    long pid(String service) {
        Process process = started.get(service);
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(service + " is not running");
        }
        return process.pid();
    }

    /** Waits until every started service reports UP, in start order; fails naming the first that died or hung. */
    void awaitHealthy() throws Exception {
        Instant deadline = Instant.now().plus(startTimeout);
        for (Map.Entry<String, Process> entry : started.entrySet()) {
            String service = entry.getKey();
            int port = ports.get(service);
            while (!isUp(port)) {
                if (!entry.getValue().isAlive()) {
                    throw new IllegalStateException(service + " exited with " + entry.getValue().exitValue()
                            + " while starting; its log ends:\n" + tail(service));
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(service + " was not healthy on port " + port + " within "
                            + startTimeout.toSeconds() + " s; its log ends:\n" + tail(service));
                }
                Thread.sleep(500);
            }
        }
    }

    /** Whether a service on this loopback port answers its health check with UP. */
    boolean isUp(int port) {
        try {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return reply.statusCode() == 200 && reply.body().contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String tail(String service) {
        try {
            List<String> lines = Files.readAllLines(logs.resolve(service + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** TERM to all, then up to 30 s each before KILL. */
    void stopAll() {
        started.values().forEach(Process::destroy);
        for (Process process : started.values()) {
            awaitExit(process, 30);
        }
        started.clear();
        ports.clear();
    }

    /** Waits up to SECONDS for a process told to stop (TERM), then KILLs it; also the lab's helper processes. */
    static void awaitExit(Process process, int seconds) {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
