package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19: `kubectl kustomize` is the reference renderer of the overlays (it is what the guide applies); the
 * Java renderer the other checks use ({@link Kustomize}) must give the same objects, field for field. Runs
 * wherever kubectl is on the PATH (these machines have 1.32 with Kustomize 5.5); skipped elsewhere, saying so.
 */
class KubectlKustomizeTest {

    @TempDir
    Path out;

    static Stream<String> overlays() {
        return Overlays.names();
    }

    static Path kubectl() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theJavaRendererGivesWhatKubectlKustomizeGives(String overlay) throws Exception {
        Path kubectl = kubectl();
        assumeTrue(kubectl != null, "kubectl is not on the PATH: the overlays are checked with the Java renderer only");
        Path rendered = out.resolve(overlay + ".yaml");
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", Overlays.dir(overlay).toString())
                .redirectOutput(rendered.toFile()).redirectError(out.resolve(overlay + ".err").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("kubectl kustomize finished").isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize %s: %s", overlay, Files.readString(out.resolve(overlay + ".err")))
                .isZero();

        Map<String, JsonNode> byKubectl = byId(Repo.objects(rendered));
        // kustomize folds a long base64 value of a Secret over lines; the API server reads it either way
        byKubectl.values().stream().filter(o -> o.path("kind").asText().equals("Secret"))
                .forEach(secret -> secret.path("data").fields().forEachRemaining(e -> ((ObjectNode) secret.path("data"))
                        .put(e.getKey(), e.getValue().asText().replace("\n", ""))));
        Map<String, JsonNode> byJava = byId(Overlays.render(overlay));
        assertThat(byJava.keySet()).as("objects of " + overlay).containsExactlyElementsOf(byKubectl.keySet());
        List<String> different = new ArrayList<>();
        byKubectl.forEach((id, object) -> {
            if (!object.equals(byJava.get(id))) {
                List<String> paths = new ArrayList<>();
                differences(object, byJava.get(id), "", paths);
                different.add(id + ": " + String.join("; ", paths));
            }
        });
        assertThat(different).as(overlay + ": objects that differ").isEmpty();
    }

    /** Where A (kubectl's) and B (the Java renderer's) differ, as JSON paths with both values. */
    static void differences(JsonNode a, JsonNode b, String path, List<String> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> fields = new TreeSet<>();
            a.fieldNames().forEachRemaining(fields::add);
            b.fieldNames().forEachRemaining(fields::add);
            fields.forEach(f -> differences(a.path(f), b.path(f), path + "/" + f, out));
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                differences(a.get(i), b.get(i), path + "/" + i, out);
            }
        } else {
            out.add(path + " kubectl " + abbreviate(a) + " java " + abbreviate(b));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.isMissingNode() ? "(none)" : node.toString();
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

    private static Map<String, JsonNode> byId(List<ObjectNode> objects) {
        Map<String, JsonNode> byId = new TreeMap<>();
        objects.forEach(o -> byId.put(Repo.id(o), o));
        return byId;
    }
}
