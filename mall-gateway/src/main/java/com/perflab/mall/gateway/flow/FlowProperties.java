package com.perflab.mall.gateway.flow;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sentinel at the gateway ({@code mall.gateway.flow}).
 *
 * @param enabled   false lets every request through (no Sentinel entries at all)
 * @param source    where the flow rules come from: {@code file} (local) or {@code nacos} (cluster)
 * @param rulesFile a JSON file of Sentinel flow rules, re-read when it changes; empty = the rules packaged
 *                  in the jar ({@code classpath:sentinel/mall-gateway-flow-rules.json}), read once
 * @param nacos     the Nacos data id/group of the rules when {@code source=nacos}
 * @param apis      API groups: a resource name and the gateway paths (Ant-style, with the /mall-x prefix)
 *                  that count against it; every routed request also counts against its route id
 * @param logDir    where Sentinel writes its own metric/record logs (it would use ~/logs/csp otherwise)
 */
@ConfigurationProperties("mall.gateway.flow")
record FlowProperties(boolean enabled, String source, String rulesFile, Nacos nacos,
        Map<String, List<String>> apis, String logDir) {

    FlowProperties {
        source = source == null || source.isBlank() ? "file" : source;
        apis = apis == null ? Map.of() : apis;
        nacos = nacos == null ? new Nacos(null, null, null, null) : nacos;
    }

    /**
     * @param serverAddr Nacos address (the cluster profile sets it from NACOS_SERVER_ADDR)
     * @param namespace  Nacos namespace id, empty = public
     * @param dataId     defaults to {@code mall-gateway-flow-rules.json}
     * @param group      defaults to {@code SENTINEL_GROUP}
     */
    record Nacos(String serverAddr, String namespace, String dataId, String group) {

        Nacos {
            dataId = dataId == null || dataId.isBlank() ? "mall-gateway-flow-rules.json" : dataId;
            group = group == null || group.isBlank() ? "SENTINEL_GROUP" : group;
        }
    }
}
