package com.perflab.mall.e2e.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Prometheus configuration, the alert rules and their unit tests, checked by promtool (Debian's
 * {@code prometheus} package, which {@code ./mall test} installs).
 */
class PromtoolTest {

    static String promtool;

    @BeforeAll
    static void findPromtool() {
        promtool = findOnPath("promtool");
        if (promtool == null) {
            fail("promtool is not installed, so the Prometheus configuration and alert rules cannot be checked."
                    + " Fix: run the tests through './mall test' (it installs Debian's 'prometheus' package),"
                    + " or 'apt-get install prometheus' yourself.");
        }
    }

    @Test
    void localConfigIsValid() throws Exception {
        Result result = promtool("check", "config", "prometheus-local.yml");
        assertThat(result.exit).as(result.output).isZero();
        assertThat(result.output).contains("SUCCESS");
    }

    /**
     * Debian's promtool is built without Kubernetes service discovery ("field kubernetes_sd_configs not
     * found"). Then the cluster file is checked with each kubernetes_sd_configs block swapped for an empty
     * file_sd_configs block (everything else, relabelling and rule files included, checked as it is), and the
     * Kubernetes blocks themselves are checked here for the keys Prometheus accepts.
     */
    @Test
    void clusterConfigIsValid(@TempDir Path temp) throws Exception {
        Result result = promtool("check", "config", "prometheus.yml");
        if (result.exit != 0 && result.output.contains("field kubernetes_sd_configs not found")) {
            String config = MonitoringFiles.read(MonitoringFiles.PROMETHEUS.resolve("prometheus.yml"));
            checkKubernetesBlocks(config);
            Path copy = MonitoringFiles.PROMETHEUS.resolve(".promtool-cluster-check.yml");
            try {
                Files.writeString(copy, withoutKubernetesSd(config, temp));
                result = promtool("check", "config", copy.getFileName().toString());
            } finally {
                Files.deleteIfExists(copy);
            }
        }
        assertThat(result.exit).as(result.output).isZero();
        assertThat(result.output).contains("SUCCESS");
    }

    @Test
    void rulesAreValid() throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "rules"));
        MonitoringFiles.ruleFiles().forEach(f -> args.add("rules/" + f.getFileName()));
        assertThat(args).as("rule files").hasSizeGreaterThan(2);
        Result result = promtool(args.toArray(String[]::new));
        assertThat(result.exit).as(result.output).isZero();
        assertThat(result.output).doesNotContain("FAILED");
    }

    @Test
    void ruleUnitTestsPass() throws Exception {
        Result result = promtool("test", "rules", "tests/mall-rules-test.yml");
        assertThat(result.exit).as(result.output).isZero();
        assertThat(result.output).contains("SUCCESS");
    }

    @Test
    void ruleTestsCoverEveryRuleFileAndTheErrorAndDownAlerts() {
        String tests = MonitoringFiles.read(MonitoringFiles.PROMETHEUS.resolve("tests/mall-rules-test.yml"));
        MonitoringFiles.ruleFiles().forEach(f -> assertThat(tests).contains("../rules/" + f.getFileName()));
        assertThat(tests).contains("alertname: MallServiceDown", "alertname: MallHighErrorRate");
    }

    private static final Pattern K8S_BLOCK = Pattern.compile(
            "(?m)^(\\s*)kubernetes_sd_configs:\\n((?:\\1\\s+.*\\n|\\s*\\n)*)");

    private static void checkKubernetesBlocks(String config) {
        Matcher block = K8S_BLOCK.matcher(config);
        int count = 0;
        while (block.find()) {
            count++;
            String body = block.group(2);
            assertThat(body).as("kubernetes_sd_configs block %d", count).containsPattern("- role: (pod|endpoints|service|node|ingress|endpointslice)\\b");
            for (String line : body.split("\n")) {
                String key = line.trim().replaceFirst("^- ", "").replaceFirst(":.*", "");
                if (!key.isEmpty()) {
                    assertThat(key).as("key in a kubernetes_sd_configs block: %s", line)
                            .isIn("role", "namespaces", "names", "selectors", "label", "field", "own_namespace",
                                    "api_server", "kubeconfig_file", "attach_metadata", "node");
                }
            }
        }
        assertThat(count).as("kubernetes_sd_configs blocks in prometheus.yml").isGreaterThan(5);
    }

    private static String withoutKubernetesSd(String config, Path temp) {
        Matcher block = K8S_BLOCK.matcher(config);
        StringBuilder out = new StringBuilder();
        while (block.find()) {
            String indent = block.group(1);
            block.appendReplacement(out, Matcher.quoteReplacement(indent + "file_sd_configs:\n" + indent
                    + "  - files: [\"" + temp.resolve("targets.json") + "\"]\n"));
        }
        block.appendTail(out);
        return out.toString();
    }

    record Result(int exit, String output) {
    }

    static Result promtool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(promtool);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(MonitoringFiles.PROMETHEUS.toFile())
                .redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("promtool " + String.join(" ", args) + " did not finish within 60 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), "promtool " + String.join(" ", args) + ":\n" + output);
    }

    static String findOnPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/bin:/usr/local/bin";
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        return null;
    }
}
