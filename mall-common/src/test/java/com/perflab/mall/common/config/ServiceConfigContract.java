package com.perflab.mall.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every service's configuration promises: {@code local} is the default profile and needs no Nacos,
 * {@code cluster} registers with and reads its configuration from the Nacos named by the environment.
 * Each service runs these checks against its own {@code application.yml} by extending this class.
 */
public abstract class ServiceConfigContract {

    /** Every service and the port it listens on in the local lab. */
    public static final Map<String, Integer> SERVICE_PORTS = Map.of(
            "mall-gateway", 8201, "mall-search", 8081, "mall-member", 8083,
            "mall-portal", 8085, "mall-cart", 8086, "mall-admin", 8087);

    private static final Map<String, Object> CLUSTER_ENV = Map.of(
            "NACOS_SERVER_ADDR", "nacos-0.nacos-headless.mall-infra:8848",
            "NACOS_NAMESPACE", "perf-lab",
            "NACOS_PASSWORD", "from-a-secret");

    private final String serviceName;
    private final int port;

    protected ServiceConfigContract(String serviceName, int port) {
        this.serviceName = serviceName;
        this.port = port;
    }

    @Test
    void nameAndPortAreTheServicesOwn() {
        ServiceConfigFiles local = ServiceConfigFiles.forProfile("local", Map.of());
        assertThat(local.get("spring.application.name")).isEqualTo(serviceName);
        assertThat(local.get("server.port")).isEqualTo(String.valueOf(port));
        assertThat(SERVICE_PORTS).containsEntry(serviceName, port);
    }

    @Test
    void localIsTheDefaultProfileAndImportsTheSharedDefaults() {
        ServiceConfigFiles local = ServiceConfigFiles.forProfile("local", Map.of());
        assertThat(local.get("spring.profiles.default")).isEqualTo("local");
        assertThat(local.getList("spring.config.import")).contains("classpath:" + ServiceConfigFiles.DEFAULTS);
    }

    @Test
    void localProfileRunsWithoutNacosAndKnowsEveryServiceInstance() {
        ServiceConfigFiles local = ServiceConfigFiles.forProfile("local", Map.of());
        assertThat(local.get("spring.cloud.nacos.discovery.enabled")).isEqualTo("false");
        assertThat(local.get("spring.cloud.nacos.config.enabled")).isEqualTo("false");
        SERVICE_PORTS.forEach((service, servicePort) -> assertThat(
                local.get("spring.cloud.discovery.client.simple.instances." + service + "[0].uri"))
                .as("local instance of %s", service)
                .isEqualTo("http://127.0.0.1:" + servicePort));
    }

    @Test
    void localConnectionsDefaultToThisMachineAndFollowTheEnvironment() {
        ServiceConfigFiles local = ServiceConfigFiles.forProfile("local", Map.of());
        assertThat(local.get("spring.datasource.url")).startsWith("jdbc:mysql://127.0.0.1:3306/mall?");
        assertThat(local.get("spring.data.redis.host")).isEqualTo("127.0.0.1");
        assertThat(local.get("spring.rabbitmq.virtual-host")).isEqualTo("/mall");

        ServiceConfigFiles moved = ServiceConfigFiles.forProfile("local", Map.of(
                "MALL_DB_HOST", "db.lab", "MALL_DB_NAME", "mall_test", "MALL_REDIS_HOST", "redis.lab",
                "MALL_RABBITMQ_HOST", "mq.lab", "MALL_ES_URIS", "http://es.lab:9200",
                "MALL_MONGODB_URI", "mongodb://mongo.lab:27017/mall"));
        assertThat(moved.get("spring.datasource.url")).startsWith("jdbc:mysql://db.lab:3306/mall_test?");
        assertThat(moved.get("spring.data.redis.host")).isEqualTo("redis.lab");
        assertThat(moved.get("spring.rabbitmq.host")).isEqualTo("mq.lab");
        assertThat(moved.get("spring.elasticsearch.uris")).isEqualTo("http://es.lab:9200");
        assertThat(moved.get("spring.mongodb.uri")).isEqualTo("mongodb://mongo.lab:27017/mall");
    }

    @Test
    void clusterProfileRegistersWithAndReadsConfigurationFromNacos() {
        ServiceConfigFiles cluster = ServiceConfigFiles.forProfile("cluster", CLUSTER_ENV);
        assertThat(cluster.get("spring.cloud.nacos.server-addr")).isEqualTo("nacos-0.nacos-headless.mall-infra:8848");
        assertThat(cluster.get("spring.cloud.nacos.discovery.enabled")).isEqualTo("true");
        assertThat(cluster.get("spring.cloud.nacos.config.enabled")).isEqualTo("true");
        assertThat(cluster.get("spring.cloud.nacos.discovery.namespace")).isEqualTo("perf-lab");
        assertThat(cluster.get("spring.cloud.nacos.config.namespace")).isEqualTo("perf-lab");
        assertThat(cluster.get("spring.cloud.nacos.password")).isEqualTo("from-a-secret");
        assertThat(cluster.getList("spring.config.import"))
                .anySatisfy(i -> assertThat(i).startsWith("nacos:" + serviceName + ".yaml?group=MALL_GROUP"));
        assertThat(cluster.keysStartingWith("spring.cloud.discovery.client.simple.instances"))
                .as("the cluster profile finds services in Nacos, not in a fixed list")
                .isEmpty();
        assertThat(cluster.get("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void clusterProfileRefusesToGuessTheNacosAddress() {
        ServiceConfigFiles cluster = ServiceConfigFiles.forProfile("cluster", Map.of());
        assertThatThrownBy(() -> cluster.get("spring.cloud.nacos.server-addr"))
                .hasMessageContaining("NACOS_SERVER_ADDR");
    }
}
