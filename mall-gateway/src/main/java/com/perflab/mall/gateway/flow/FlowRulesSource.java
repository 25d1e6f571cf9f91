package com.perflab.mall.gateway.flow;

import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRuleManager;
import com.perflab.mall.common.sentinel.RulesLocation;
import com.perflab.mall.common.sentinel.SentinelRuleSource;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's flow rules, from the jar, a watched file or Nacos (mall-common's {@link SentinelRuleSource}). */
final class FlowRulesSource implements DisposableBean {

    static final String PACKAGED_RULES = "sentinel/mall-gateway-flow-rules.json";
    static final TypeReference<List<FlowRule>> RULES = new TypeReference<>() { };

    private final SentinelRuleSource<FlowRule> source;

    FlowRulesSource(FlowProperties properties, JsonMapper json) throws Exception {
        FlowProperties.Nacos nacos = properties.nacos();
        RulesLocation location = new RulesLocation(properties.source(), properties.rulesFile(), PACKAGED_RULES,
                nacos.serverAddr(), nacos.namespace(), nacos.dataId(), nacos.group());
        source = new SentinelRuleSource<>("gateway flow", location, json, RULES, FlowRuleManager::loadRules,
                FlowRuleManager::register2Property);
    }

    static List<FlowRule> parse(JsonMapper json, String text) {
        return SentinelRuleSource.parse("gateway flow", json, RULES, text);
    }

    @Override
    public void destroy() throws Exception {
        source.close();
    }
}
