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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Dockerfiles have the basics: every base image pinned by a version tag, the final stage on an Eclipse
 * Temurin 21 JRE, the layered jar extracted with Boot's tools jar mode and copied layer by layer (the services;
 * mall-schema has no Spring to run that mode), a non-root USER, container-aware heap flags, the JarLauncher, the
 * jar the module really builds, and health checked by the Kubernetes probes the Dockerfile documents. The six
 * services share one Dockerfile (docker/service.Dockerfile, the module and its port as build arguments, which
 * ./mall images takes from mall-services.properties); ServiceImagesTest (mall-e2e) builds and starts them.
 */
class DockerfilesTest {

    static final Path SERVICE_DOCKERFILE = Repo.path("docker/service.Dockerfile");

    static Stream<String> modules() {
        return Stream.concat(Repo.SERVICES.stream(), Stream.of("mall-schema"));
    }

    @Test
    void theServicesShareOneParametrisedDockerfile() {
        String text = Repo.read(SERVICE_DOCKERFILE);
        List<String> lines = instructions(text);
        List<String> problems = common(lines, text);
        if (!lines.contains("ARG SERVICE") || !lines.contains("ARG PORT")) {
            problems.add("no ARG SERVICE and ARG PORT (the module and its port)");
        }
        if (!text.contains("COPY target/${SERVICE}.jar ")) {
            problems.add("does not copy target/${SERVICE}.jar, the jar the module builds");
        }
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
        if (!lines.contains("EXPOSE ${PORT}")) {
            problems.add("does not EXPOSE ${PORT}");
        }
        if (!(text.contains("/actuator/health/liveness") && text.contains("/actuator/health/readiness")
                && text.contains("k8s/base/mall/<service>.yaml"))) {
            problems.add("the Kubernetes probes are not documented");
        }
        if (!text.contains("--build-arg SERVICE=mall-portal --build-arg PORT=" + Repo.SERVICE_PORTS.get("mall-portal"))) {
            problems.add("the build command is not documented with its build arguments");
        }
        assertThat(problems).isEmpty();
        String launcher = Repo.read(Repo.path("launcher/images.sh"));
        assertThat(launcher).as("./mall images builds every service from it with its port")
                .contains("docker/service.Dockerfile", "--build-arg \"SERVICE=$svc\"", "--build-arg \"PORT=$(svc_port \"$svc\")\"");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void eachModuleLetsOnlyItsJarIntoTheBuildAndHasNoDockerfileOfItsOwnButTheSchema(String module) {
        String jar = module.equals("mall-schema") ? "mall-schema-exec.jar" : module + ".jar";
        Path ignore = Repo.path(module + "/.dockerignore");
        assertThat(ignore).isRegularFile();
        assertThat(Repo.read(ignore)).as(".dockerignore must let target/" + jar + " into the build context").contains("!target/" + jar);
        assertThat(Files.exists(Repo.path(module + "/Dockerfile"))).as(module + "/Dockerfile")
                .isEqualTo(module.equals("mall-schema"));
    }

    @Test
    void theSchemaJobsDockerfileHasTheBasics() {
        String text = Repo.read(Repo.path("mall-schema/Dockerfile"));
        List<String> problems = common(instructions(text), text);
        if (!text.contains("COPY target/mall-schema-exec.jar ")) {
            problems.add("does not copy target/mall-schema-exec.jar, the jar the module builds");
        }
        // no Spring at run time, so Boot's tools jar mode cannot run in it: the plain executable jar
        if (!text.contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/mall-schema.jar\"]")) {
            problems.add("ENTRYPOINT is not java -jar /app/mall-schema.jar in exec form");
        }
        if (!text.contains("docker build -t perflab/mall-schema:")) {
            problems.add("the build command is not documented in the Dockerfile");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theLabBuiltThirdPartyImagesArePinnedToWhatTheManifestsRun() {
        String es = Repo.read(Repo.path("docker/elasticsearch-ik.Dockerfile"));
        String manifests = Repo.read(Repo.path("k8s/base/infra/elasticsearch.yaml"));
        Matcher from = Pattern.compile("(?m)^FROM (docker.elastic.co/elasticsearch/elasticsearch:(\\S+))").matcher(es);
        assertThat(from.find()).as("FROM the Elasticsearch image").isTrue();
        assertThat(manifests).as("the manifests run this image, of the same Elasticsearch")
                .contains("image: perflab/elasticsearch-ik:" + from.group(2));
        assertThat(es).as("the IK plugin of the same version").contains("analysis-ik/" + from.group(2));
        String sentinel = Repo.read(Repo.path("docker/sentinel-dashboard.Dockerfile"));
        List<String> problems = common(instructions(sentinel), sentinel);
        Matcher version = Pattern.compile("sentinel-dashboard-([0-9.]+)\\.jar").matcher(sentinel);
        assertThat(version.find()).isTrue();
        assertThat(Repo.read(Repo.path("k8s/base/infra/sentinel-dashboard.yaml"))).as("the manifests run this image")
                .contains("image: perflab/sentinel-dashboard:" + version.group(1));
        assertThat(Repo.read(Repo.path("launcher/images.sh"))).as("./mall images tags it with that version")
                .contains("IMAGE_VERSION=" + version.group(1) + " image_build");
        assertThat(problems.stream().filter(p -> !p.contains("MaxRAMPercentage in JAVA_TOOL_OPTIONS")).toList()).isEmpty();
        String nacos = Repo.read(Repo.path("docker/nacos.Dockerfile"));
        Matcher nacosFrom = Pattern.compile("(?m)^FROM nacos/nacos-server:(\\S+)").matcher(nacos);
        assertThat(nacosFrom.find()).as("FROM the Nacos image").isTrue();
        assertThat(Repo.read(Repo.path("k8s/base/infra/nacos.yaml"))).as("the manifests run this image, of the same Nacos")
                .contains("image: perflab/nacos-server:" + nacosFrom.group(1));
        assertThat(Repo.read(Repo.path("launcher/images.sh"))).as("./mall images tags it with that version")
                .contains("IMAGE_VERSION=" + nacosFrom.group(1) + " image_build");
        List<String> users = instructions(nacos).stream().filter(l -> l.startsWith("USER ")).toList();
        assertThat(users).as("the last USER is the unprivileged one the pod runs as").last().isEqualTo("USER 10001:0");
    }

    /** Pinned bases, a Temurin 21 JRE final stage, a non-root user, a container-aware heap. */
    private static List<String> common(List<String> lines, String text) {
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
        List<String> finalStage = froms.isEmpty() ? lines : lines.subList(lines.lastIndexOf(froms.get(froms.size() - 1)), lines.size());
        String user = finalStage.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElse("");
        if (user.isEmpty() || user.matches("USER\\s+(root|0)(:.*)?")) {
            problems.add("the final stage does not switch to a non-root USER");
        }
        if (!text.matches("(?s).*ENV JAVA_TOOL_OPTIONS=\"[^\"]*-XX:MaxRAMPercentage=\\d+.*")) {
            problems.add("no container-aware heap (-XX:MaxRAMPercentage in JAVA_TOOL_OPTIONS)");
        }
        return problems;
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theManifestsUseTheImageThisRepositoryBuilds(String module) {
        String version = Repo.read(Repo.path("pom.xml")).replaceAll("(?s).*?<artifactId>perflab-mall</artifactId>\\s*<version>([^<]+)</version>.*", "$1")
                .replace("-SNAPSHOT", "");
        String expected = "perflab/" + module + ":" + version;
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
