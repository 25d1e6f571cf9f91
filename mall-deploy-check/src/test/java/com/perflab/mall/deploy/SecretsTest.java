package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: no password is committed, not even a placeholder. The Secrets come from the base kustomization's
 * secretGenerator over env files that k8s/secrets.sh writes (ignored by git), so an apply without them stops;
 * the script writes random values that agree across namespaces (the services' passwords are the middleware's),
 * keeps existing files, and refuses to complete a partial set.
 */
class SecretsTest {

    static final List<String> SECRETS = List.of("mall-secrets", "infra-secrets", "grafana-secrets", "logging-secrets");

    @Test
    void noSecretIsCommittedTheGeneratorReadsIgnoredFiles() throws IOException {
        List<String> committed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Repo.path("k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Repo.objects(file).stream().filter(o -> o.path("kind").asText().equals("Secret"))
                        .forEach(o -> committed.add(Repo.ROOT.relativize(file) + ": " + Repo.id(o)));
            }
        }
        assertThat(committed).as("Secrets written out in manifests").isEmpty();
        JsonNode kustomization = Repo.documents(Repo.path("k8s/base/kustomization.yaml")).get(0);
        List<String> generated = new ArrayList<>();
        for (JsonNode g : kustomization.path("secretGenerator")) {
            generated.add(g.path("name").asText());
            assertThat(g.path("envs").get(0).asText()).isEqualTo("secrets/" + g.path("name").asText() + ".env");
        }
        assertThat(generated).containsExactlyInAnyOrderElementsOf(SECRETS);
        assertThat(Repo.read(Repo.path(".gitignore"))).as("the env files stay out of git").contains("k8s/base/secrets/*.env");
        assertThat(Overlays.ofKind(Overlays.render("lab"), "Secret")).hasSize(SECRETS.size())
                .allSatisfy(s -> assertThat(s.path("type").asText()).isEqualTo("Opaque"));
    }

    @Test
    void secretsScriptWritesAgreeingValuesOnceAndKeepsThem(@TempDir Path dir) throws Exception {
        assertThat(run(dir, "--check")).as("--check before").isEqualTo(1);
        assertThat(run(dir)).isZero();
        assertThat(run(dir, "--check")).as("--check after").isZero();
        for (String secret : SECRETS) {
            assertThat(Files.getPosixFilePermissions(dir.resolve(secret + ".env"))).as(secret + " readable by its owner only")
                    .allMatch(p -> p.name().startsWith("OWNER"));
        }
        Map<String, String> mall = env(dir.resolve("mall-secrets.env"));
        Map<String, String> infra = env(dir.resolve("infra-secrets.env"));
        assertThat(mall.get("MALL_DB_PASSWORD")).isEqualTo(infra.get("MALL_DB_PASSWORD"))
                .isNotEqualTo(infra.get("MYSQL_ROOT_PASSWORD")).matches("[0-9a-f]{48}");
        assertThat(Base64.getDecoder().decode(infra.get("NACOS_AUTH_TOKEN"))).hasSize(48);

        assertThat(run(dir)).as("a second run").isZero();
        assertThat(env(dir.resolve("mall-secrets.env"))).as("kept, not rewritten").isEqualTo(mall);

        Files.delete(dir.resolve("grafana-secrets.env"));
        assertThat(run(dir)).as("a partial set is not completed with values that disagree").isEqualTo(1);
        assertThat(run(dir, "--force")).isZero();
        assertThat(env(dir.resolve("mall-secrets.env")).get("MALL_DB_PASSWORD")).as("--force writes new values")
                .isNotEqualTo(mall.get("MALL_DB_PASSWORD"))
                .isEqualTo(env(dir.resolve("infra-secrets.env")).get("MALL_DB_PASSWORD"));
    }

    @Test
    void valuesSharedBetweenNamespacesAgreeInTheRenderedSecrets() {
        List<ObjectNode> secrets = Overlays.ofKind(Overlays.render("lab"), "Secret");
        Map<String, String> pairs = Map.of(
                "MALL_DB_PASSWORD", "MALL_DB_PASSWORD",
                "MALL_RABBITMQ_PASSWORD", "RABBITMQ_PASSWORD",
                "MALL_REDIS_PASSWORD", "REDIS_PASSWORD",
                "NACOS_PASSWORD", "NACOS_PASSWORD",
                "MYSQLD_EXPORTER_PASSWORD", "MYSQLD_EXPORTER_PASSWORD");
        pairs.forEach((mall, infra) -> assertThat(value(secrets, "mall", "mall-secrets", mall))
                .as("mall-secrets " + mall + " = infra-secrets " + infra)
                .isEqualTo(value(secrets, "mall-infra", "infra-secrets", infra)));
        String mongo = value(secrets, "mall-infra", "infra-secrets", "MONGODB_PASSWORD");
        assertThat(value(secrets, "mall", "mall-secrets", "MALL_MONGODB_URI")).contains("mall:" + mongo + "@mongodb.mall-infra:27017/");
        assertThat(value(secrets, "mall", "mall-secrets", "MONGODB_EXPORTER_URI")).contains("mall:" + mongo + "@mongodb.mall-infra:27017/");
        assertThat(value(secrets, "mall", "mall-secrets", "MALL_JWT_SECRET").getBytes()).as("HS256 key of 32+ bytes").hasSizeGreaterThanOrEqualTo(32);
        assertThat(value(secrets, "mall", "mall-secrets", "MALL_IDENTITY_SECRET").getBytes()).as("identity key of 32+ bytes").hasSizeGreaterThanOrEqualTo(32);
        assertThat(Base64.getDecoder().decode(value(secrets, "mall-infra", "infra-secrets", "NACOS_AUTH_TOKEN")))
                .as("Nacos token: base64 of 32+ bytes").hasSizeGreaterThanOrEqualTo(32);
    }

    /** A Secret's value, decoded from its data. */
    private static String value(List<ObjectNode> secrets, String ns, String name, String key) {
        return secrets.stream().filter(s -> Workloads.namespace(s).equals(ns) && Workloads.name(s).equals(name))
                .findFirst().map(s -> s.path("data").path(key).asText(null))
                .map(v -> new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("no Secret " + ns + "/" + name + " with " + key));
    }

    private static Map<String, String> env(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return values;
    }

    private static int run(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", Repo.path("k8s/secrets.sh").toString()));
        command.addAll(List.of(args));
        return Commands.run(command, Map.of("SECRETS_DIR", dir.toString()), Duration.ofSeconds(60)).exit();
    }
}
