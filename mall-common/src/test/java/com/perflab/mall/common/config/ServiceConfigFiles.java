package com.perflab.mall.common.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Reads a service's {@code application.yml}, the shared {@code mall-defaults.yml} it imports and the list of
 * services and ports that one imports ({@code mall-services.properties}), keeps the documents active for one
 * profile, and layers them as Spring Boot does (environment over the imported file over the importing one,
 * profile documents over plain ones). This lets tests check the {@code cluster}
 * profile, which cannot start here because it needs a Nacos server.
 */
public final class ServiceConfigFiles {

    static final String APPLICATION = "application.yml";
    static final String DEFAULTS = "mall-defaults.yml";
    static final String SERVICES = "mall-services.properties";

    private final MutablePropertySources sources = new MutablePropertySources();
    private final PropertySourcesPropertyResolver resolver = new PropertySourcesPropertyResolver(sources);

    private ServiceConfigFiles(String profile, Map<String, Object> environment, List<Path> nacosFiles) {
        List<PropertySource<?>> application = documents(APPLICATION);
        List<PropertySource<?>> defaults = documents(DEFAULTS);
        sources.addLast(new MapPropertySource("environment", environment));
        // imported by mall-defaults.yml, so above it; its keys (mall.services.*) are set nowhere else
        sources.addLast(services());
        // Nacos imports rank above the files that import them; the later import (the service's own) first
        for (Path file : nacosFiles) {
            documents(new FileSystemResource(file)).forEach(sources::addLast);
        }
        for (PropertySource<?> doc : profileDocuments(defaults, profile)) {
            sources.addLast(doc);
        }
        for (PropertySource<?> doc : profileDocuments(application, profile)) {
            sources.addLast(doc);
        }
        plainDocuments(defaults).forEach(sources::addLast);
        plainDocuments(application).forEach(sources::addLast);
        resolver.setIgnoreUnresolvableNestedPlaceholders(false);
    }

    public static ServiceConfigFiles forProfile(String profile, Map<String, Object> environment) {
        return new ServiceConfigFiles(profile, environment, List.of());
    }

    /**
     * The cluster profile as a pod sees it: its environment, then the Nacos data ids it imports
     * ({@code <service>.yaml} over {@code mall-common.yaml}), then the packaged files.
     */
    public static ServiceConfigFiles forCluster(Map<String, Object> environment, Path serviceDataId, Path commonDataId) {
        return new ServiceConfigFiles("cluster", environment, List.of(serviceDataId, commonDataId));
    }

    /** The keys one YAML file sets, flattened as Spring Boot sees them ({@code a.b[0].c}). */
    public static Set<String> keysOf(Path yaml) {
        Set<String> keys = new TreeSet<>();
        for (PropertySource<?> doc : documents(new FileSystemResource(yaml))) {
            keys.addAll(Arrays.asList(((EnumerablePropertySource<?>) doc).getPropertyNames()));
        }
        return keys;
    }

    /** The services and their ports in start order, as mall-services.properties lists them. */
    public static Map<String, Integer> servicePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        EnumerablePropertySource<?> list = services();
        for (String key : list.getPropertyNames()) {
            ports.put(key.substring("mall.services.".length()), Integer.valueOf(list.getProperty(key).toString()));
        }
        return ports;
    }

    /** The imports a file's plain documents name ({@code spring.config.import}, one value or a list). */
    public static List<String> importsOf(String file) {
        List<String> imports = new ArrayList<>();
        for (PropertySource<?> doc : plainDocuments(documents(file))) {
            for (String key : ((EnumerablePropertySource<?>) doc).getPropertyNames()) {
                if (key.equals("spring.config.import") || key.matches("spring\\.config\\.import\\[\\d+]")) {
                    imports.add(doc.getProperty(key).toString());
                }
            }
        }
        return imports;
    }

    /** Every key the active documents set, resolved: throws on the first placeholder without a value. */
    public Map<String, String> resolveAll() {
        Map<String, String> resolved = new TreeMap<>();
        for (PropertySource<?> source : sources) {
            if (source instanceof EnumerablePropertySource<?> enumerable && !"environment".equals(source.getName())) {
                for (String key : enumerable.getPropertyNames()) {
                    resolved.put(key, get(key));
                }
            }
        }
        return resolved;
    }

    /** The resolved value, or null when no document sets it; throws when a placeholder has no value. */
    public String get(String key) {
        return resolver.getProperty(key);
    }

    /** A list property written as a YAML sequence ({@code key[0]}, {@code key[1]}, ...) or as one value. */
    public List<String> getList(String key) {
        List<String> values = new ArrayList<>();
        String single = get(key);
        if (single != null) {
            values.addAll(Arrays.stream(single.split(",")).map(String::trim).toList());
        }
        for (int i = 0; get(key + "[" + i + "]") != null; i++) {
            values.add(get(key + "[" + i + "]"));
        }
        return values;
    }

    /** Every key, across the active documents, that starts with the prefix. */
    public List<String> keysStartingWith(String prefix) {
        List<String> keys = new ArrayList<>();
        for (PropertySource<?> source : sources) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                Arrays.stream(enumerable.getPropertyNames()).filter(k -> k.startsWith(prefix)).forEach(keys::add);
            }
        }
        return keys;
    }

    private static List<PropertySource<?>> documents(String file) {
        return documents(new ClassPathResource(file));
    }

    private static List<PropertySource<?>> documents(Resource resource) {
        try {
            return new YamlPropertySourceLoader().load(resource.getDescription(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getDescription(), e);
        }
    }

    private static EnumerablePropertySource<?> services() {
        Resource resource = new ClassPathResource(SERVICES);
        try {
            return (EnumerablePropertySource<?>) new PropertiesPropertySourceLoader().load(resource.getDescription(), resource).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getDescription(), e);
        }
    }

    private static List<PropertySource<?>> profileDocuments(List<PropertySource<?>> docs, String profile) {
        return docs.stream().filter(d -> profile.equals(onProfile(d))).toList();
    }

    private static List<PropertySource<?>> plainDocuments(List<PropertySource<?>> docs) {
        return docs.stream().filter(d -> onProfile(d) == null).toList();
    }

    private static String onProfile(PropertySource<?> doc) {
        Object value = doc.getProperty("spring.config.activate.on-profile");
        return value == null ? null : value.toString();
    }
}
