package com.perflab.mall.common.sentinel;

/**
 * Where a service's Sentinel rules come from.
 *
 * @param source     {@code file} (local: the packaged rules, or {@code file} when set) or {@code nacos} (cluster)
 * @param file       a JSON file re-read when it changes; empty = {@code packaged}, read once
 * @param packaged   the classpath resource with the default rules
 * @param serverAddr Nacos address, for {@code source=nacos}
 * @param namespace  Nacos namespace id, empty = public
 * @param dataId     Nacos data id of the rules
 * @param group      Nacos group of the rules
 */
public record RulesLocation(String source, String file, String packaged, String serverAddr, String namespace,
        String dataId, String group) {

    public boolean fromNacos() {
        return "nacos".equalsIgnoreCase(source);
    }
}
