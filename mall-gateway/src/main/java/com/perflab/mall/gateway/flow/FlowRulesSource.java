package com.perflab.mall.gateway.flow;

import com.alibaba.csp.sentinel.datasource.Converter;
import com.alibaba.csp.sentinel.datasource.FileRefreshableDataSource;
import com.alibaba.csp.sentinel.datasource.ReadableDataSource;
import com.alibaba.csp.sentinel.datasource.nacos.NacosDataSource;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRuleManager;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds Sentinel's {@link FlowRuleManager}: from a file that is watched (edit it, the rules change within
 * seconds), from the packaged defaults, or from Nacos (push: a change in the console applies at once).
 * Invalid JSON is logged and the previous rules stay.
 */
final class FlowRulesSource implements DisposableBean {

    static final String PACKAGED_RULES = "sentinel/mall-gateway-flow-rules.json";
    private static final Logger log = LoggerFactory.getLogger(FlowRulesSource.class);

    private final ReadableDataSource<String, List<FlowRule>> dataSource;

    FlowRulesSource(FlowProperties properties, JsonMapper json) throws Exception {
        Converter<String, List<FlowRule>> parser = text -> parse(json, text);
        if ("nacos".equalsIgnoreCase(properties.source())) {
            FlowProperties.Nacos nacos = properties.nacos();
            if (nacos.serverAddr() == null || nacos.serverAddr().isBlank()) {
                throw new IllegalStateException("mall.gateway.flow.source=nacos needs mall.gateway.flow.nacos.server-addr"
                        + " (NACOS_SERVER_ADDR)");
            }
            Properties nacosProperties = new Properties();
            nacosProperties.setProperty("serverAddr", nacos.serverAddr());
            if (nacos.namespace() != null && !nacos.namespace().isBlank()) {
                nacosProperties.setProperty("namespace", nacos.namespace());
            }
            dataSource = new NacosDataSource<>(nacosProperties, nacos.group(), nacos.dataId(), parser);
            log.info("Sentinel flow rules from Nacos {} (group {}, data id {})", nacos.serverAddr(), nacos.group(),
                    nacos.dataId());
        } else if (properties.rulesFile() != null && !properties.rulesFile().isBlank()) {
            File file = new File(properties.rulesFile());
            if (!file.isFile()) {
                throw new IllegalStateException("Sentinel rules file " + file.getAbsolutePath() + " does not exist:"
                        + " create it or unset mall.gateway.flow.rules-file (MALL_GATEWAY_FLOW_RULES_FILE)");
            }
            dataSource = new FileRefreshableDataSource<>(file, parser);
            log.info("Sentinel flow rules from {} (re-read when it changes)", file.getAbsolutePath());
        } else {
            dataSource = null;
            try (InputStream in = new ClassPathResource(PACKAGED_RULES).getInputStream()) {
                FlowRuleManager.loadRules(parse(json, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            log.info("Sentinel flow rules from classpath:{}", PACKAGED_RULES);
        }
        if (dataSource != null) {
            FlowRuleManager.register2Property(dataSource.getProperty());
        }
    }

    /** Sentinel's own JSON shape: an array of {resource, grade (1 = QPS, 0 = threads), count, ...}. */
    static List<FlowRule> parse(JsonMapper json, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            List<FlowRule> rules = json.readValue(text, new TypeReference<List<FlowRule>>() { });
            log.info("Sentinel flow rules loaded: {}", rules.stream()
                    .map(r -> r.getResource() + "=" + r.getCount() + (r.getGrade() == 1 ? " qps" : " threads")).toList());
            return rules;
        } catch (RuntimeException ex) {
            // thrown, the data sources keep the previous rules: a typo in the console must not lift every limit
            log.error("Sentinel flow rules not applied, invalid JSON: {}", ex.getMessage());
            throw new IllegalArgumentException("invalid Sentinel flow rules: " + ex.getMessage(), ex);
        }
    }

    @Override
    public void destroy() throws IOException {
        if (dataSource != null) {
            try {
                dataSource.close();
            } catch (Exception ex) {
                throw new IOException(ex);
            }
        }
    }
}
