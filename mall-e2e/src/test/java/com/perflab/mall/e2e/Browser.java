package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The browser scenarios of mall-e2e/browser (headless Debian chromium driven by playwright-core), run with node;
 * screenshots go to mall-e2e/target/screenshots.
 */
final class Browser {

    static final Path ROOT = PrivateLab.root();
    static final Path SCENARIOS = ROOT.resolve("mall-e2e/browser");
    static final Path TARGET = ROOT.resolve("mall-e2e/target");
    static final String CHROMIUM = System.getProperty("mall.web.chromium", "/usr/bin/chromium");

    private Browser() {
    }

    /** Fails naming the fix when chromium is missing; installs playwright-core once. */
    static void prepare() throws IOException, InterruptedException {
        assertThat(Path.of(CHROMIUM)).as("chromium is needed for the browser tests; fix: apt-get install -y chromium"
                + " (./mall test installs it)").isExecutable();
        if (!Files.isDirectory(SCENARIOS.resolve("node_modules/playwright-core"))) {
            int exit = run(List.of("npm", "ci", "--no-audit", "--no-fund"), TARGET.resolve("browser-npm-ci.log"), 300,
                    Map.of());
            assertThat(exit).as("npm ci in %s; log %s", SCENARIOS, TARGET.resolve("browser-npm-ci.log")).isZero();
        }
    }

    /** Runs scenario NAME (node run.mjs NAME) with ENV added and fails with its log when it fails. */
    static void scenario(String name, Map<String, String> env) throws IOException, InterruptedException {
        Path log = TARGET.resolve("browser-" + name + ".log");
        int exit = run(List.of("node", "run.mjs", name), log, 300, env);
        assertThat(exit).as("browser scenario %s failed; its log (%s):%n%s", name, log, Files.readString(log))
                .isZero();
    }

    private static int run(List<String> command, Path log, int timeoutSeconds, Map<String, String> env)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(SCENARIOS.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MALL_WEB_CHROMIUM", CHROMIUM);
        builder.environment().put("MALL_WEB_SCREENSHOTS", TARGET.resolve("screenshots").toString());
        builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s; log: "
                    + Files.readString(log));
        }
        System.out.println(Files.readString(log));
        return process.exitValue();
    }
}
