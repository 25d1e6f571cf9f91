package com.perflab.mall.gateway.flow;

import com.perflab.mall.common.sentinel.SentinelRuleSource;
import com.perflab.mall.gateway.web.EnvelopeReplies;
import io.micrometer.core.instrument.MeterRegistry;
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
        SentinelRuleSource.configure("mall-gateway", true, properties.logDir());
        return new FlowRulesSource(properties, json);
    }

    @Bean
    FlowControlFilter flowControlFilter(FlowProperties properties, EnvelopeReplies replies, MeterRegistry meters,
            FlowRulesSource rulesLoaded) {
        return new FlowControlFilter(properties.apis(), replies, meters);
    }
}
