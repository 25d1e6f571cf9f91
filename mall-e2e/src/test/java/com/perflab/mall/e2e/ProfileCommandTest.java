package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: {@code ./mall profile} records a running service (here the e2e lab's mall-portal, by its pid, while
 * the test loads it) and leaves a flame graph that shows the service's own code, and its top frames as text.
 */
class ProfileCommandTest {

    private static final Pattern ENTRY = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");

    static PrivateLab lab;

    @TempDir
    Path out;

    @BeforeAll
    static void startLab() throws Exception {
        lab = PrivateLab.shared();
    }

    @Test
    void aRecordingOfALoadedServiceIsAFlameGraphOfItsCode() throws Exception {
        Recording recording = record(lab, "mall-portal", out);

        assertThat(recording.exit()).as(recording.output()).isZero();
        assertThat(recording.requests()).as("requests served while recording").isPositive();
        assertThat(recording.html().getFileName().toString()).startsWith("mall-portal-cpu-");
        assertThat(recording.output()).contains("Flame graph: " + recording.html());
        assertThat(frames(Files.readString(recording.html()))).as("the portal's own frames are in the graph")
                .anySatisfy(frame -> assertThat(frame).startsWith("com/perflab/mall/portal/"));
        assertThat(Files.readString(recording.text())).contains("Total samples")
                .containsPattern("(?m)^\\s+\\d+\\s+\\d+\\.\\d+%\\s+\\d+\\s+\\S");
    }

    /** What `./mall profile` left: its exit code and output, the flame graph, the top frames, requests served meanwhile. */
    record Recording(int exit, String output, Path html, Path text, int requests) {
    }

    /** Runs `./mall profile SERVICE --pid ... --seconds 5 --out OUT` while a thread keeps the service busy. */
    static Recording record(PrivateLab lab, String service, Path out) throws IOException, InterruptedException {
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        Thread load = new Thread(() -> {
            while (loading.get()) {
                try {
                    if (lab.get("/mall-portal/product/detail/1", Map.of()).statusCode() == 200) {
                        answered.incrementAndGet();
                    }
                } catch (Exception e) {
                    return;
                }
            }
        }, "profile-load");
        load.setDaemon(true);
        load.start();
        Process profile;
        String output;
        try {
            profile = new ProcessBuilder(List.of("./mall", "profile", service, "--pid", Long.toString(lab.pid(service)),
                    "--seconds", "5", "--out", out.toString()))
                    .directory(PrivateLab.root().toFile()).redirectErrorStream(true).start();
            output = new String(profile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(profile.waitFor(3, TimeUnit.MINUTES)).as(output).isTrue();
        } finally {
            loading.set(false);
            load.join(10_000);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(out)) {
            files = listing.toList();
        }
        return new Recording(profile.exitValue(), output, only(files, ".html", output), only(files, ".txt", output),
                answered.get());
    }

    private static Path only(List<Path> files, String suffix, String output) {
        return files.stream().filter(f -> f.toString().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + suffix + " file written; ./mall profile said:\n" + output));
    }

    /**
     * The frame names of an async-profiler flame graph: its {@code cpool} array stores each name after the first
     * as one character (32 + the length it shares with the previous name) and the rest of the name, in
     * JavaScript string literals.
     */
    static List<String> frames(String html) {
        int start = html.indexOf("const cpool = [");
        assertThat(start).as("a flame graph with a frame pool").isNotNegative();
        Matcher entries = ENTRY.matcher(html.substring(start, html.indexOf("];", start)));
        List<String> frames = new ArrayList<>();
        String previous = "";
        while (entries.find()) {
            String entry = entries.group(1).replaceAll("\\\\(.)", "$1"); // unescape: a quote is written \\'
            String frame = frames.isEmpty() ? entry : previous.substring(0, entry.charAt(0) - 32) + entry.substring(1);
            frames.add(frame);
            previous = frame;
        }
        return frames;
    }
}
