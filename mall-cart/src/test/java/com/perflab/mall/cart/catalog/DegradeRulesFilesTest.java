package com.perflab.mall.cart.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRuleManager;
import com.perflab.mall.common.sentinel.SentinelRuleSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The packaged and the Nacos degrade rules are valid and guard exactly the two portal APIs the cart calls. */
class DegradeRulesFilesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TypeReference<List<DegradeRule>> RULES = new TypeReference<>() { };

    private static List<DegradeRule> parse(String text) {
        return SentinelRuleSource.parse("cart degrade", JSON, RULES, text);
    }

    @Test
    void thePackagedAndTheNacosRulesAreTheSameValidRules() throws IOException {
        String packaged = new ClassPathResource(PortalDegradeConfiguration.PACKAGED_RULES)
                .getContentAsString(StandardCharsets.UTF_8);
        String nacos = Files.readString(Path.of("..", "config", "nacos", "SENTINEL_GROUP", "mall-cart-degrade-rules.json"));

        List<DegradeRule> rules = parse(packaged);
        assertThat(rules).extracting(DegradeRule::getResource).containsOnly(CatalogClient.SKUS_RESOURCE,
                CatalogClient.QUOTE_RESOURCE).contains(CatalogClient.SKUS_RESOURCE, CatalogClient.QUOTE_RESOURCE);
        assertThat(rules).allSatisfy(rule -> assertThat(DegradeRuleManager.isValidRule(rule)).as(rule.toString()).isTrue());
        assertThat(parse(nacos)).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(rules);
    }
}
