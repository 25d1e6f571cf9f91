package com.perflab.mall.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The repository root and YAML loading shared by the checks. */
final class Repo {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    static final Path ROOT = findRoot();

    /** The one list of services and ports, which every service's server.port and ./mall read. */
    static final Path SERVICE_LIST = ROOT.resolve("mall-common/src/main/resources/mall-services.properties");

    /** The service modules (each with an image and a Deployment) and their ports, in start order. */
    static final Map<String, Integer> SERVICE_PORTS = servicePorts();

    static final List<String> SERVICES = List.copyOf(SERVICE_PORTS.keySet());

    private Repo() {
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("k8s"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("repository root (with mvnw and k8s/) not found above " + Path.of("").toAbsolutePath());
    }

    private static Map<String, Integer> servicePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String line : read(SERVICE_LIST).split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            Matcher m = Pattern.compile("mall\\.services\\.([a-z][a-z0-9-]*)\\s*=\\s*(\\d+)").matcher(l);
            if (!m.matches()) {
                throw new AssertionError(ROOT.relativize(SERVICE_LIST) + ": not mall.services.<name>=<port>: " + l);
            }
            ports.put(m.group(1), Integer.valueOf(m.group(2)));
        }
        return ports;
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-empty document of a (multi-document) YAML file, as trees. */
    static List<JsonNode> documents(Path file) {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode() && !(doc.isObject() && doc.isEmpty())) {
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(ROOT.relativize(file) + " is not valid YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    static List<ObjectNode> objects(Path file) {
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode doc : documents(file)) {
            if (!doc.isObject()) {
                throw new AssertionError(ROOT.relativize(file) + ": a document is not a mapping: " + doc);
            }
            objects.add((ObjectNode) doc);
        }
        return objects;
    }

    static String id(JsonNode object) {
        String ns = object.path("metadata").path("namespace").asText("");
        return object.path("kind").asText() + " " + (ns.isEmpty() ? "" : ns + "/") + object.path("metadata").path("name").asText();
    }
}
