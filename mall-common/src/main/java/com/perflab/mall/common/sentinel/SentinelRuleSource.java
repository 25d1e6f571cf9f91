package com.perflab.mall.common.sentinel;

import com.alibaba.csp.sentinel.datasource.Converter;
import com.alibaba.csp.sentinel.datasource.FileRefreshableDataSource;
import com.alibaba.csp.sentinel.datasource.ReadableDataSource;
import com.alibaba.csp.sentinel.datasource.nacos.NacosDataSource;
import com.alibaba.csp.sentinel.property.SentinelProperty;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds one kind of Sentinel rules (flow, degrade, ...) to its rule manager: from a watched file (edit it and
 * the rules change within seconds), from the packaged defaults, or pushed from Nacos. Invalid JSON is refused
 * and the previous rules stay: a typo in the console must not lift every limit.
 */
public final class SentinelRuleSource<R> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SentinelRuleSource.class);

    private final ReadableDataSource<String, List<R>> dataSource;

    /**
     * @param kind     what the rules are, for log lines ("gateway flow", "cart degrade")
     * @param load     loads rules once (e.g. {@code FlowRuleManager::loadRules})
     * @param register hands a live property to the manager (e.g. {@code FlowRuleManager::register2Property})
     */
    public SentinelRuleSource(String kind, RulesLocation location, JsonMapper json, TypeReference<List<R>> type,
            Consumer<List<R>> load, Consumer<SentinelProperty<List<R>>> register) throws Exception {
        Converter<String, List<R>> parser = text -> parse(kind, json, type, text);
        if (location.fromNacos()) {
            if (location.serverAddr() == null || location.serverAddr().isBlank()) {
                throw new IllegalStateException(kind + " rules from Nacos need its address (NACOS_SERVER_ADDR)");
            }
            Properties nacos = new Properties();
            nacos.setProperty("serverAddr", location.serverAddr());
            if (location.namespace() != null && !location.namespace().isBlank()) {
                nacos.setProperty("namespace", location.namespace());
            }
            dataSource = new NacosDataSource<>(nacos, location.group(), location.dataId(), parser);
            log.info("Sentinel {} rules from Nacos {} (group {}, data id {})", kind, location.serverAddr(),
                    location.group(), location.dataId());
        } else if (location.file() != null && !location.file().isBlank()) {
            File file = Path.of(location.file()).toFile();
            if (!file.isFile()) {
                throw new IllegalStateException("Sentinel " + kind + " rules file " + file.getAbsolutePath()
                        + " does not exist: create it, or unset the setting to use the packaged rules");
            }
            dataSource = new FileRefreshableDataSource<>(file, parser);
            log.info("Sentinel {} rules from {} (re-read when it changes)", kind, file.getAbsolutePath());
        } else {
            dataSource = null;
            try (InputStream in = new ClassPathResource(location.packaged()).getInputStream()) {
                load.accept(parse(kind, json, type, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            log.info("Sentinel {} rules from classpath:{}", kind, location.packaged());
        }
        if (dataSource != null) {
            register.accept(dataSource.getProperty());
        }
    }

    /** Sentinel's own JSON shape, an array of rules; throws on invalid text, so the sources keep the old rules. */
    public static <R> List<R> parse(String kind, JsonMapper json, TypeReference<List<R>> type, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            List<R> rules = json.readValue(text, type);
            log.info("Sentinel {} rules loaded: {}", kind, rules.size());
            return rules;
        } catch (RuntimeException ex) {
            log.error("Sentinel {} rules not applied, invalid JSON: {}", kind, ex.getMessage());
            throw new IllegalArgumentException("invalid Sentinel " + kind + " rules: " + ex.getMessage(), ex);
        }
    }

    /** Sentinel reads these once, on first use: call before any rule is loaded. */
    public static void configure(String appName, boolean gateway, String logDir) {
        String dir = logDir == null || logDir.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), appName + "-sentinel").toString() : logDir;
        System.setProperty("csp.sentinel.log.dir", System.getProperty("csp.sentinel.log.dir", dir));
        System.setProperty("project.name", System.getProperty("project.name", appName));
        if (gateway) {
            // 1 = API gateway, as the Sentinel dashboard shows it
            System.setProperty("csp.sentinel.app.type", System.getProperty("csp.sentinel.app.type", "1"));
        }
    }

    @Override
    public void close() throws Exception {
        if (dataSource != null) {
            dataSource.close();
        }
    }
}
