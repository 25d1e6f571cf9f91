package com.perflab.mall.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.csp.sentinel.slots.block.RuleConstant;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.perflab.mall.common.config.ServiceConfigFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The flow rules shipped in the jar and the ones to import into Nacos are valid Sentinel rules that name
 * only resources the gateway enters (route ids and API groups): a misspelt resource would limit nothing.
 */
class FlowRulesFilesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static Set<String> resourcesTheGatewayEnters() {
        ServiceConfigFiles local = ServiceConfigFiles.forProfile("local", Map.of());
        Set<String> resources = new HashSet<>();
        for (int i = 0; local.get("spring.cloud.gateway.server.webflux.routes[" + i + "].id") != null; i++) {
            resources.add(local.get("spring.cloud.gateway.server.webflux.routes[" + i + "].id"));
        }
        local.keysStartingWith("mall.gateway.flow.apis.")
                .forEach(key -> resources.add(key.substring("mall.gateway.flow.apis.".length()).replaceAll("\\[\\d+]$", "")));
        return resources;
    }

    private static void assertValid(String name, String json) {
        List<FlowRule> rules = FlowRulesSource.parse(JSON, json);
        assertThat(rules).as(name).isNotEmpty();
        assertThat(rules).as(name).allSatisfy(rule -> {
            assertThat(resourcesTheGatewayEnters()).as("resource of a rule in %s", name).contains(rule.getResource());
            assertThat(rule.getGrade()).isIn(RuleConstant.FLOW_GRADE_QPS, RuleConstant.FLOW_GRADE_THREAD);
            assertThat(rule.getCount()).isPositive();
        });
    }

    @Test
    void thePackagedRulesAreValid() throws IOException {
        assertValid("the jar", new ClassPathResource(FlowRulesSource.PACKAGED_RULES).getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theNacosRulesAreValidAndLimitTheSameResources() throws IOException {
        String nacos = Files.readString(Path.of("..", "config", "nacos", "SENTINEL_GROUP", "mall-gateway-flow-rules.json"));
        assertValid("config/nacos", nacos);
        String packaged = new ClassPathResource(FlowRulesSource.PACKAGED_RULES).getContentAsString(StandardCharsets.UTF_8);
        assertThat(FlowRulesSource.parse(JSON, nacos)).extracting(FlowRule::getResource)
                .containsExactlyInAnyOrderElementsOf(FlowRulesSource.parse(JSON, packaged).stream().map(FlowRule::getResource).toList());
    }

    @Test
    void everyRouteAndApiGroupIsKnown() {
        assertThat(resourcesTheGatewayEnters()).contains("mall-portal", "mall-admin", "login", "generateOrder", "search");
    }
}
