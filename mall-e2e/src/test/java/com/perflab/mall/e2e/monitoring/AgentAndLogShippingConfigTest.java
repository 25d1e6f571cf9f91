package com.perflab.mall.e2e.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The SkyWalking agent configuration and the Fluent Bit configuration, parsed enough to catch typos:
 * known keys only, the agent's ${ENV:default} syntax, one mall::service name per service, Fluent Bit
 * sections and the keys each plugin accepts, parsers that exist, the Elasticsearch output from env.
 */
class AgentAndLogShippingConfigTest {

    static final Path SKYWALKING = MonitoringFiles.MONITORING.resolve("skywalking");
    static final Path FLUENT_BIT = MonitoringFiles.MONITORING.resolve("fluent-bit");
    static final List<String> SERVICES = List.of("mall-gateway", "mall-member", "mall-cart", "mall-portal",
            "mall-search", "mall-admin");

    /** Keys of the SkyWalking Java agent (9.x) that this configuration may set. */
    static final Set<String> AGENT_KEYS = Set.of("agent.service_name", "agent.instance_name", "agent.namespace",
            "agent.cluster", "agent.sample_n_per_3_secs", "agent.span_limit_per_segment", "agent.trace_ignore_path",
            "agent.ignore_suffix", "agent.is_open_debugging_class", "agent.keep_tracing",
            "collector.backend_service", "collector.heartbeat_period", "collector.grpc_upstream_timeout",
            "collector.grpc_channel_check_interval", "logging.output", "logging.level", "logging.file_name",
            "logging.dir", "logging.pattern", "plugin.jdbc.trace_sql_parameters", "plugin.jdbc.sql_parameters_max_length",
            "plugin.jdbc.sql_body_max_length", "plugin.springmvc.collect_http_params",
            "plugin.http.http_params_length_threshold", "plugin.elasticsearch.trace_dsl", "plugin.mongodb.trace_param",
            "plugin.redis.trace_redis_parameters", "plugin.peer_max_length", "plugin.exclude_plugins");

    static final Pattern AGENT_VALUE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):([^}]*)}");

    @Test
    void agentConfigUsesKnownKeysAndEnvironmentOverrides() throws Exception {
        Map<String, String> config = new LinkedHashMap<>();
        for (String line : Files.readAllLines(SKYWALKING.resolve("agent.config"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            assertThat(line).as("agent.config line").contains("=");
            String key = line.substring(0, line.indexOf('=')).trim();
            String value = line.substring(line.indexOf('=') + 1).trim();
            assertThat(key).as("agent.config key").isIn(AGENT_KEYS);
            assertThat(config.put(key, value)).as("%s set twice", key).isNull();
            assertThat(value).as("%s reads an environment variable: ${ENV:default}", key).matches(AGENT_VALUE.pattern());
        }
        assertThat(envDefault(config.get("collector.backend_service"))).isEqualTo("oap.skywalking:11800");
        assertThat(envName(config.get("collector.backend_service"))).isEqualTo("SW_AGENT_COLLECTOR_BACKEND_SERVICES");
        assertThat(envName(config.get("agent.service_name"))).isEqualTo("SW_AGENT_NAME");
        assertThat(envDefault(config.get("agent.sample_n_per_3_secs"))).matches("-?\\d+");
    }

    @Test
    void everyServiceHasItsMallServiceName() throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> everyService = new ArrayList<>();
        for (String line : Files.readAllLines(SKYWALKING.resolve("services.env"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            assertThat(line).as("services.env line").matches("(\\*|mall-[a-z]+)=[A-Z][A-Z0-9_]*=\\S+");
            String[] parts = line.split("=", 3);
            if (parts[0].equals("*")) {
                everyService.add(parts[1]);
            } else {
                assertThat(parts[0]).isIn(SERVICES);
                if (parts[1].equals("SW_AGENT_NAME")) {
                    names.put(parts[0], parts[2]);
                }
            }
        }
        assertThat(names.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        names.forEach((service, name) -> assertThat(name).isEqualTo("mall::" + service));
        assertThat(everyService).contains("SW_AGENT_COLLECTOR_BACKEND_SERVICES");
    }

    /** Per plugin (or section), the keys this configuration may use. */
    static final Map<String, Set<String>> FLUENT_KEYS = Map.of(
            "SERVICE", Set.of("flush", "daemon", "log_level", "parsers_file", "http_server", "http_listen", "http_port",
                    "health_check", "storage.path", "storage.sync", "storage.checksum", "storage.backlog.mem_limit"),
            "tail", Set.of("name", "tag", "path", "exclude_path", "multiline.parser", "parser", "db", "mem_buf_limit",
                    "skip_long_lines", "refresh_interval", "storage.type", "read_from_head", "buffer_max_size"),
            "kubernetes", Set.of("name", "match", "kube_url", "kube_tag_prefix", "merge_log", "merge_log_key",
                    "keep_log", "k8s-logging.parser", "k8s-logging.exclude", "labels", "annotations", "buffer_size"),
            "nest", Set.of("name", "match", "operation", "nested_under", "add_prefix", "wildcard", "nest_under"),
            "parser", Set.of("name", "match", "key_name", "parser", "reserve_data", "preserve_key"),
            "es", Set.of("name", "match", "host", "port", "http_user", "http_passwd", "tls", "tls.verify",
                    "logstash_format", "logstash_prefix", "logstash_dateformat", "time_key", "replace_dots",
                    "suppress_type_name", "trace_error", "retry_limit", "buffer_size", "index", "generate_id"),
            "PARSER", Set.of("name", "format", "regex", "time_key", "time_format", "time_keep", "decode_field_as"));

    record Section(String kind, Map<String, String> keys) {
    }

    static List<Section> sections(Path file) throws Exception {
        List<Section> sections = new ArrayList<>();
        Section current = null;
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[")) {
                assertThat(text).as("%s:%d section header", file.getFileName(), number)
                        .matches("\\[(SERVICE|INPUT|FILTER|OUTPUT|PARSER|MULTILINE_PARSER)]");
                current = new Section(text.substring(1, text.length() - 1), new LinkedHashMap<>());
                sections.add(current);
                continue;
            }
            assertThat(current).as("%s:%d key outside a section", file.getFileName(), number).isNotNull();
            assertThat(line).as("%s:%d keys are indented", file.getFileName(), number).startsWith("    ");
            String[] kv = text.split("\\s+", 2);
            assertThat(kv).as("%s:%d 'Key value'", file.getFileName(), number).hasSize(2);
            current.keys().put(kv[0].toLowerCase(java.util.Locale.ROOT), kv[1]);
        }
        return sections;
    }

    @Test
    void fluentBitSectionsUseKnownKeysAndShipToElasticsearchFromEnv() throws Exception {
        List<Section> sections = sections(FLUENT_BIT.resolve("fluent-bit.conf"));
        List<Section> parsers = sections(FLUENT_BIT.resolve("parsers.conf"));
        Set<String> parserNames = new java.util.HashSet<>(Set.of("cri", "docker", "json")); // built in
        parsers.forEach(p -> {
            assertThat(p.kind()).isEqualTo("PARSER");
            p.keys().keySet().forEach(k -> assertThat(k).as("parser %s", p.keys().get("name")).isIn(FLUENT_KEYS.get("PARSER")));
            assertThat(p.keys().get("format")).isIn("json", "regex", "logfmt", "ltsv");
            if ("regex".equals(p.keys().get("format"))) {
                Pattern.compile(p.keys().get("regex")); // Onigmo named groups (?<x>) compile in Java too
            }
            parserNames.add(p.keys().get("name"));
        });
        for (Section section : sections) {
            String plugin = section.kind().equals("SERVICE") ? "SERVICE" : section.keys().get("name");
            assertThat(FLUENT_KEYS).as("plugin of [%s]", section.kind()).containsKey(plugin);
            section.keys().keySet().forEach(k -> assertThat(k).as("[%s] %s key", section.kind(), plugin)
                    .isIn(FLUENT_KEYS.get(plugin)));
            if (!section.kind().equals("SERVICE")) {
                assertThat(section.keys()).as("[%s] %s", section.kind(), plugin)
                        .containsKey(section.kind().equals("INPUT") ? "tag" : "match");
            }
            String parser = section.keys().get("parser");
            if (parser != null) {
                assertThat(parserNames).contains(parser);
            }
        }
        Section service = sections.stream().filter(s -> s.kind().equals("SERVICE")).findFirst().orElseThrow();
        assertThat(FLUENT_BIT.resolve(service.keys().get("parsers_file"))).exists();
        Section tail = sections.stream().filter(s -> "tail".equals(s.keys().get("name"))).findFirst().orElseThrow();
        assertThat(tail.keys().get("path")).startsWith("/var/log/containers/");
        assertThat(sections).anySatisfy(s -> assertThat(s.keys()).containsEntry("name", "kubernetes")
                .containsEntry("merge_log", "On"));
        Section es = sections.stream().filter(s -> "es".equals(s.keys().get("name"))).findFirst().orElseThrow();
        assertThat(es.keys()).containsEntry("host", "${FLUENT_ELASTICSEARCH_HOST}")
                .containsEntry("port", "${FLUENT_ELASTICSEARCH_PORT}")
                .containsEntry("logstash_format", "On").containsEntry("logstash_prefix", "mall-logs")
                .containsEntry("suppress_type_name", "On");
    }

    private static String envName(String value) {
        Matcher m = AGENT_VALUE.matcher(value);
        assertThat(m.matches()).isTrue();
        return m.group(1);
    }

    private static String envDefault(String value) {
        Matcher m = AGENT_VALUE.matcher(value);
        assertThat(m.matches()).isTrue();
        return m.group(2);
    }
}
