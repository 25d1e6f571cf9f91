package com.perflab.mall.cart.catalog;

import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRuleManager;
import com.perflab.mall.common.sentinel.RulesLocation;
import com.perflab.mall.common.sentinel.SentinelRuleSource;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalDegradeProperties.class)
class PortalDegradeConfiguration {

    static final String PACKAGED_RULES = "sentinel/mall-cart-degrade-rules.json";

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "mall.cart.portal.degrade.enabled", havingValue = "true", matchIfMissing = true)
    SentinelRuleSource<DegradeRule> portalDegradeRules(PortalDegradeProperties properties, JsonMapper json)
            throws Exception {
        SentinelRuleSource.configure("mall-cart", false, null);
        PortalDegradeProperties.Nacos nacos = properties.nacos();
        return new SentinelRuleSource<>("cart degrade",
                new RulesLocation(properties.source(), properties.rulesFile(), PACKAGED_RULES, nacos.serverAddr(),
                        nacos.namespace(), nacos.dataId(), nacos.group()),
                json, new TypeReference<List<DegradeRule>>() { }, DegradeRuleManager::loadRules,
                DegradeRuleManager::register2Property);
    }
}
