package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed Secrets carry placeholders only (CHANGE-ME, replaced by k8s/secrets.sh), and the values
 * that must agree across namespaces do (the services' passwords are the middleware's).
 */
class SecretsTest {

    private static final String NACOS_TOKEN_PLACEHOLDER = "Q0hBTkdFLU1FLW5hY29zLWF1dGgtdG9rZW4tMzItYnl0ZXMtbWluaW11bQ==";

    private static List<ObjectNode> secrets() {
        return secrets(Repo.path("k8s/base/secrets.yaml"));
    }

    private static List<ObjectNode> secrets(Path file) {
        return Overlays.ofKind(Repo.objects(file), "Secret");
    }

    private static String value(String ns, String name, String key) {
        return value(secrets(), ns, name, key);
    }

    private static String value(List<ObjectNode> secrets, String ns, String name, String key) {
        return secrets.stream().filter(s -> Workloads.namespace(s).equals(ns) && Workloads.name(s).equals(name))
                .findFirst().map(s -> Overlays.keys(s).path(key).asText(null))
                .orElseThrow(() -> new AssertionError("no Secret " + ns + "/" + name));
    }

    @Test
    void committedSecretsHoldPlaceholdersOnly() {
        List<String> problems = new ArrayList<>();
        for (ObjectNode secret : secrets()) {
            if (secret.has("data")) {
                problems.add(Repo.id(secret) + ": use stringData with CHANGE-ME placeholders, not data");
            }
            secret.path("stringData").fields().forEachRemaining(e -> {
                String v = e.getValue().asText();
                if (!v.contains("CHANGE-ME-") && !v.equals(NACOS_TOKEN_PLACEHOLDER)) {
                    problems.add(Repo.id(secret) + ": " + e.getKey() + " holds a value that is not a CHANGE-ME placeholder");
                }
            });
        }
        String file = Repo.read(Repo.path("k8s/base/secrets.yaml"));
        assertThat(file).as("secrets.yaml explains how to make the real values").contains("k8s/secrets.sh");
        assertThat(Repo.read(Repo.path("k8s/secrets.sh"))).contains(NACOS_TOKEN_PLACEHOLDER);
        assertThat(problems).isEmpty();
    }

    @Test
    void secretsScriptReplacesEveryPlaceholderConsistently(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("secrets.yaml");
        Files.copy(Repo.path("k8s/base/secrets.yaml"), copy);
        assertThat(run(copy, "--check")).as("--check with placeholders left").isEqualTo(1);
        assertThat(run(copy)).isZero();
        assertThat(run(copy, "--check")).as("--check after the replacement").isZero();
        List<ObjectNode> replaced = secrets(copy);
        assertThat(Repo.read(copy)).doesNotContain("CHANGE-ME-" + "nacos").doesNotContain(NACOS_TOKEN_PLACEHOLDER);
        assertThat(value(replaced, "mall", "mall-secrets", "MALL_DB_PASSWORD"))
                .isEqualTo(value(replaced, "mall-infra", "infra-secrets", "MALL_DB_PASSWORD"))
                .isNotEqualTo(value(replaced, "mall-infra", "infra-secrets", "MYSQL_ROOT_PASSWORD"))
                .matches("[0-9a-f]{48}");
        assertThat(value(replaced, "mall", "mall-secrets", "MALL_MONGODB_URI"))
                .contains("mall:" + value(replaced, "mall-infra", "infra-secrets", "MONGODB_PASSWORD") + "@");
        assertThat(java.util.Base64.getDecoder().decode(value(replaced, "mall-infra", "infra-secrets", "NACOS_AUTH_TOKEN"))).hasSize(48);
        // the structure is untouched: the same objects and keys
        assertThat(replaced).hasSameSizeAs(secrets());
    }

    private static int run(Path file, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Repo.path("k8s/secrets.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SECRETS_FILE", file.toString());
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    @Test
    void valuesSharedBetweenNamespacesAgree() {
        Map<String, String> pairs = Map.of(
                "MALL_DB_PASSWORD", "MALL_DB_PASSWORD",
                "MALL_RABBITMQ_PASSWORD", "RABBITMQ_PASSWORD",
                "MALL_REDIS_PASSWORD", "REDIS_PASSWORD",
                "NACOS_PASSWORD", "NACOS_PASSWORD",
                "MYSQLD_EXPORTER_PASSWORD", "MYSQLD_EXPORTER_PASSWORD");
        pairs.forEach((mall, infra) -> assertThat(value("mall", "mall-secrets", mall))
                .as("mall-secrets " + mall + " = infra-secrets " + infra)
                .isEqualTo(value("mall-infra", "infra-secrets", infra)));
        String mongo = value("mall-infra", "infra-secrets", "MONGODB_PASSWORD");
        assertThat(value("mall", "mall-secrets", "MALL_MONGODB_URI")).contains("mall:" + mongo + "@mongodb.mall-infra:27017/");
        assertThat(value("mall", "mall-secrets", "MONGODB_EXPORTER_URI")).contains("mall:" + mongo + "@mongodb.mall-infra:27017/");
        assertThat(value("mall", "mall-secrets", "MALL_JWT_SECRET").getBytes()).as("HS256 key of 32+ bytes").hasSizeGreaterThanOrEqualTo(32);
        assertThat(value("mall", "mall-secrets", "MALL_IDENTITY_SECRET").getBytes()).as("identity key of 32+ bytes").hasSizeGreaterThanOrEqualTo(32);
        JsonNode token = Repo.JSON.getNodeFactory().textNode(value("mall-infra", "infra-secrets", "NACOS_AUTH_TOKEN"));
        assertThat(java.util.Base64.getDecoder().decode(token.asText())).as("Nacos token: base64 of 32+ bytes").hasSizeGreaterThanOrEqualTo(32);
    }
}
