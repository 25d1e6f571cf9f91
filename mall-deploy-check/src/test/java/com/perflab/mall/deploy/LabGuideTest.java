package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * document/lab-guide.md: the chapters in the order of issue 10, every shell block marked as verified on
 * the development machine or not, "verified" claimed only for what the development machine can run, the
 * repository paths it names exist, and its host names are the ingress hosts of the manifests.
 */
class LabGuideTest {

    private static final String GUIDE = Repo.read(Repo.path("document/lab-guide.md"));

    /** What the development machine runs (no cluster, no container engine): the only commands that may be "verified here". */
    private static final Set<String> VERIFIABLE = Set.of("./mvnw -B -q test -pl mall-deploy-check", "k8s/sync-files.sh",
            // SecretsTest runs these two; KubectlKustomizeTest renders the overlays with kubectl (1.32 here)
            "k8s/secrets.sh", "k8s/secrets.sh --check", "kubectl kustomize k8s/overlays/lab",
            // ServiceImagesTest (mall-e2e) runs it and starts the images
            "./mall images",
            // GuideConfigsTest runs these on the files the guide writes (netplan's generator, cloud-init's schema)
            "netplan generate", "cloud-init schema --config-file user-data",
            "haproxy -c -f /etc/haproxy/haproxy.cfg", "keepalived -t -f /etc/keepalived/keepalived.conf",
            // PromtoolTest (mall-e2e)
            "cd monitoring/prometheus",
            "promtool check rules rules/mall-jvm.yml rules/mall-pools.yml rules/mall-rabbitmq.yml rules/mall-services.yml",
            "promtool test rules tests/mall-rules-test.yml",
            // theNacosImportDryRunListsEveryDataIdAndPublishesNothing
            "NACOS_ADDR=http://127.0.0.1:8848 NACOS_NAMESPACE=perf-lab NACOS_USERNAME=nacos NACOS_PASSWORD=\"$NACOS_PASSWORD\" \\",
            "./config/nacos-import.sh --dry-run");

    @Test
    void chaptersFollowTheIssuesOrder() {
        List<String> headings = GUIDE.lines().filter(l -> l.startsWith("## ")).toList();
        List<String> expected = List.of("Hardware and VM planning", "KVM", "kubeadm", "Calico", "NFS", "Kuboard",
                "Middleware", "Nacos configuration import", "Schema and data", "Deploying the mall", "Monitoring",
                "JMeter", "RESAR");
        int at = -1;
        for (String keyword : expected) {
            int found = -1;
            for (int i = Math.max(at, 0); i < headings.size(); i++) {
                if (headings.get(i).contains(keyword)) {
                    found = i;
                    break;
                }
            }
            assertThat(found).as("a chapter about '" + keyword + "' after the previous one; chapters: " + headings).isGreaterThanOrEqualTo(Math.max(at, 0));
            at = found;
        }
    }

    @Test
    void everyCommandBlockSaysWhetherItWasVerifiedHere() {
        List<String> problems = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^( *)```bash\\n(.*?)^\\1```", Pattern.DOTALL).matcher(GUIDE);
        int blocks = 0;
        int verified = 0;
        while (m.find()) {
            blocks++;
            List<String> lines = m.group(2).lines().map(String::strip).toList();
            String first = lines.isEmpty() ? "" : lines.get(0);
            if (first.startsWith("# verified here")) {
                verified++;
                lines.stream().skip(1).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .filter(l -> !VERIFIABLE.contains(l))
                        .forEach(l -> problems.add("'" + l + "' is marked verified, but only " + VERIFIABLE + " can run here"));
            } else if (!first.equals("# not verified here")) {
                problems.add("a bash block does not start with '# not verified here' or '# verified here': " + first);
            }
        }
        assertThat(blocks).isGreaterThan(15);
        assertThat(problems).isEmpty();
        Matcher stated = Pattern.compile("\\*\\*(\\d+) of its (\\d+) command blocks are verified").matcher(GUIDE);
        assertThat(stated.find()).as("the guide states at its top how many of its blocks are verified").isTrue();
        assertThat(List.of(Integer.parseInt(stated.group(1)), Integer.parseInt(stated.group(2))))
                .as("verified and all command blocks, as the guide states them").containsExactly(verified, blocks);
    }

    @Test
    void itsPromtoolCheckNamesEveryRuleFile() throws java.io.IOException {
        String line = GUIDE.lines().map(String::strip).filter(l -> l.startsWith("promtool check rules ")).findFirst().orElse("");
        try (var files = java.nio.file.Files.list(Repo.path("monitoring/prometheus/rules"))) {
            List<String> rules = files.map(f -> "rules/" + f.getFileName()).sorted().toList();
            assertThat(rules).isNotEmpty();
            assertThat(List.of(line.split("\\s+")).subList(3, line.split("\\s+").length)).as(line)
                    .containsExactlyInAnyOrderElementsOf(rules);
        }
    }

    /** The guide's dry run, as it is written (its address answers nothing here: a publish would fail the run). */
    @Test
    void theNacosImportDryRunListsEveryDataIdAndPublishesNothing() throws java.io.IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Commands.Result run = Commands.run(List.of("bash", Repo.path("config/nacos-import.sh").toString(), "--dry-run"),
                java.util.Map.of("NACOS_ADDR", "http://127.0.0.1:" + port, "NACOS_NAMESPACE", "perf-lab",
                        "NACOS_USERNAME", "nacos", "NACOS_PASSWORD", "unused"), java.time.Duration.ofSeconds(60));
        assertThat(run.exit()).as(run.output()).isZero();
        List<String> files = new ArrayList<>();
        try (var walk = java.nio.file.Files.walk(Repo.path("config/nacos"), 2)) {
            walk.filter(java.nio.file.Files::isRegularFile)
                    .forEach(f -> files.add(f.getParent().getFileName() + " / " + f.getFileName()));
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        for (String file : files) {
            assertThat(run.output()).as("the dry run names " + file).contains("==> " + file + " ");
        }
        assertThat(run.output()).contains(files.size() + " data id(s) would be published");
    }

    @Test
    void repositoryPathsItNamesExist() {
        List<String> missing = new ArrayList<>();
        Matcher m = Pattern.compile("`((?:k8s|config|monitoring|document|jmeter|mall-[a-z-]+)/[^`\\s]*)`").matcher(GUIDE);
        while (m.find()) {
            String path = m.group(1).replaceAll("[.,:;)]+$", "");
            if (path.contains("<") || path.contains("*") || path.contains("target/")) {
                continue;
            }
            if (!Files.exists(Repo.path(path))) {
                missing.add(path);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void itsHostNamesAreTheRoutesHosts() {
        List<String> hosts = new ArrayList<>();
        for (JsonNode route : Overlays.ofKind(Repo.objects(Repo.path("k8s/base/gateway/gateway.yaml")), "HTTPRoute")) {
            route.path("spec").path("hostnames").forEach(h -> hosts.add(h.asText()));
        }
        assertThat(hosts).as("the HTTPRoutes' host names").hasSizeGreaterThanOrEqualTo(7);
        String hostsLine = GUIDE.lines().filter(l -> l.startsWith("192.168.10.") && l.contains("mall.lab")).findFirst().orElse("");
        assertThat(hostsLine.split("\\s+")).as("the /etc/hosts line of the guide").contains(hosts.toArray(String[]::new));
        assertThat(GUIDE).contains("k8s/overlays/lab", "k8s/overlays/small", "config/nacos-import.sh", "k8s/secrets.sh");
    }
}
