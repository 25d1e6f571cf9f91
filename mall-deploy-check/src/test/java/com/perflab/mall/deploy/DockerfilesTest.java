package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Dockerfiles (images are not built here: no Docker engine) have the basics: every base image pinned
 * by a version tag, the final stage on an Eclipse Temurin 21 JRE, the layered jar extracted with Boot's
 * tools jar mode and copied layer by layer (the services; mall-schema has no Spring to run that mode), a non-root USER, container-aware heap flags, the JarLauncher,
 * the service's port (mall-services.properties), the jar the module really builds, and health checked by a HEALTHCHECK or by the
 * Kubernetes probes the Dockerfile documents (and the Deployment has).
 */
class DockerfilesTest {

    static Stream<String> modules() {
        return Stream.concat(Repo.SERVICES.stream(), Stream.of("mall-schema"));
    }

    @ParameterizedTest
    @MethodSource("modules")
    void dockerfileHasTheBasics(String module) {
        Path file = Repo.path(module + "/Dockerfile");
        assertThat(file).as(module + "/Dockerfile").isRegularFile();
        String text = Repo.read(file);
        List<String> lines = instructions(text);
        List<String> problems = new ArrayList<>();

        List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        for (String from : froms) {
            String image = from.split("\\s+")[1];
            if (!Images.pinned(image)) {
                problems.add("base image " + image + " is not pinned by a version tag");
            }
        }
        String last = froms.isEmpty() ? "" : froms.get(froms.size() - 1).split("\\s+")[1];
        if (!last.matches("eclipse-temurin:21[-._0-9]*-jre.*")) {
            problems.add("final stage " + last + " is not an Eclipse Temurin 21 JRE");
        }
        List<String> finalStage = lines.subList(lines.lastIndexOf(froms.get(froms.size() - 1)), lines.size());
        String user = finalStage.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElse("");
        if (user.isEmpty() || user.matches("USER\\s+(root|0)(:.*)?")) {
            problems.add("the final stage does not switch to a non-root USER");
        }
        String jar = module.equals("mall-schema") ? "mall-schema-exec.jar" : module + ".jar";
        if (!text.contains("COPY target/" + jar + " ")) {
            problems.add("does not copy target/" + jar + ", the jar the module builds");
        }
        if (module.equals("mall-schema")) {
            // no Spring at run time, so Boot's tools jar mode cannot run in it: the plain executable jar
            if (!text.contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/mall-schema.jar\"]")) {
                problems.add("ENTRYPOINT is not java -jar /app/mall-schema.jar in exec form");
            }
        } else {
            if (!text.contains("java -Djarmode=tools -jar application.jar extract --layers --launcher")) {
                problems.add("does not extract the layers with Boot's tools jar mode (extract --layers --launcher)");
            }
            List<String> layers = new ArrayList<>();
            Matcher m = Pattern.compile("COPY --from=\\S+ \\S*/layers/([a-z-]+)/").matcher(text);
            while (m.find()) {
                layers.add(m.group(1));
            }
            List<String> expected = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
            if (!layers.equals(expected)) {
                problems.add("layers copied " + layers + ", expected " + expected + " in that order");
            }
            if (!text.contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]")) {
                problems.add("ENTRYPOINT is not the JarLauncher in exec form");
            }
        }
        if (!text.matches("(?s).*ENV JAVA_TOOL_OPTIONS=\"[^\"]*-XX:MaxRAMPercentage=\\d+.*")) {
            problems.add("no container-aware heap (-XX:MaxRAMPercentage in JAVA_TOOL_OPTIONS)");
        }
        if (!module.equals("mall-schema")) {
            int port = Repo.SERVICE_PORTS.get(module);
            if (!lines.contains("EXPOSE " + port)) {
                problems.add("does not EXPOSE " + port + " (its port in mall-services.properties)");
            }
            boolean healthcheck = lines.stream().anyMatch(l -> l.startsWith("HEALTHCHECK "));
            boolean documented = text.contains("/actuator/health/liveness") && text.contains("/actuator/health/readiness")
                    && text.contains("k8s/base/mall/" + module + ".yaml");
            if (!healthcheck && !documented) {
                problems.add("neither a HEALTHCHECK nor the documented Kubernetes probes");
            }
        }
        Path ignore = Repo.path(module + "/.dockerignore");
        if (!Files.isRegularFile(ignore) || !Repo.read(ignore).contains("!target/" + jar)) {
            problems.add(".dockerignore must let target/" + jar + " into the build context");
        }
        if (!text.contains("docker build -t perflab/" + module + ":")) {
            problems.add("the build command is not documented in the Dockerfile");
        }
        assertThat(problems).as(module).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theManifestsUseTheImageThisDockerfileBuilds(String module) {
        String version = Repo.read(Repo.path("pom.xml")).replaceAll("(?s).*?<artifactId>perflab-mall</artifactId>\\s*<version>([^<]+)</version>.*", "$1")
                .replace("-SNAPSHOT", "");
        String expected = "perflab/" + module + ":" + version;
        assertThat(Repo.read(Repo.path(module + "/Dockerfile"))).contains("docker build -t " + expected + " ");
        List<ObjectNode> base = new ArrayList<>();
        for (Path p : List.of(Repo.path("k8s/base/mall/" + module + ".yaml"), Repo.path("k8s/base/mall/schema-job.yaml"))) {
            if (Files.isRegularFile(p)) {
                base.addAll(Repo.objects(p));
            }
        }
        List<String> images = base.stream().flatMap(o -> Workloads.mainContainers(o).stream())
                .map(c -> c.path("image").asText()).filter(i -> i.startsWith("perflab/" + module + ":")).toList();
        assertThat(images).as("images of " + module + " in k8s/base").isNotEmpty().allMatch(expected::equals);
    }

    /** Instructions with continuation lines joined and comments dropped. */
    private static List<String> instructions(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            out.add(current.toString().replaceAll("\\s+", " "));
            current.setLength(0);
        }
        return out;
    }
}
