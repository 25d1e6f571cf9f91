package com.perflab.mall.gateway.flow;

import com.perflab.mall.gateway.web.EnvelopeReplies;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FlowProperties.class)
@ConditionalOnProperty(name = "mall.gateway.flow.enabled", havingValue = "true", matchIfMissing = true)
class FlowControlConfiguration {

    @Bean
    FlowRulesSource flowRulesSource(FlowProperties properties, JsonMapper json) throws Exception {
        configureSentinel(properties);
        return new FlowRulesSource(properties, json);
    }

    @Bean
    FlowControlFilter flowControlFilter(FlowProperties properties, EnvelopeReplies replies, MeterRegistry meters,
            FlowRulesSource rulesLoaded) {
        return new FlowControlFilter(properties.apis(), replies, meters);
    }

    /** Sentinel reads these system properties once, on first use; set them before any rule is loaded. */
    private static void configureSentinel(FlowProperties properties) {
        String logDir = properties.logDir() == null || properties.logDir().isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "mall-gateway-sentinel").toString()
                : properties.logDir();
        System.setProperty("csp.sentinel.log.dir", System.getProperty("csp.sentinel.log.dir", logDir));
        System.setProperty("project.name", System.getProperty("project.name", "mall-gateway"));
        // 1 = API gateway, as the Sentinel dashboard shows it
        System.setProperty("csp.sentinel.app.type", System.getProperty("csp.sentinel.app.type", "1"));
    }
}
