package com.perflab.mall.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What every service's configuration promises: {@code local} is the default profile and needs no Nacos,
 * {@code cluster} registers with and reads its configuration from the Nacos named by the environment.
 * Each service runs these checks against its own {@code application.yml} by extending this class.
 */
public abstract class ServiceConfigContract {

    /** Every service and the port it listens on in the local lab: the one list, mall-services.properties. */
    public static final Map<String, Integer> SERVICE_PORTS = ServiceConfigFiles.servicePorts();

    private static final Map<String, Object> CLUSTER_ENV = Map.of(
            "NACOS_SERVER_ADDR", "nacos-0.nacos-headless.mall-infra:8848",
            "NACOS_NAMESPACE", "perf-lab",
            "NACOS_PASSWORD", "from-a-secret");

    /**
     * What a pod gets from Kubernetes (see config/README.md): the Nacos address and credentials, and the
     * secrets the Nacos configuration refers to. Nothing else may be needed to start in the cluster.
     */
    public static final Map<String, Object> CLUSTER_POD_ENV = Map.of(
            "NACOS_SERVER_ADDR", "nacos-0.nacos-headless.mall-infra:8848",
            "NACOS_NAMESPACE", "perf-lab",
            "NACOS_USERNAME", "nacos",
            "NACOS_PASSWORD", "from-a-secret",
            "MALL_DB_PASSWORD", "from-a-secret",
            "MALL_RABBITMQ_PASSWORD", "from-a-secret",
            "MALL_JWT_SECRET", "from-a-secret-at-least-32-bytes-long",
            "MALL_IDENTITY_SECRET", "identity-from-a-secret-at-least-32-bytes");

    /** The Nacos configuration of the cluster, ready to import: {@code config/nacos/<group>/<data id>}. */
    static final Path NACOS_CONFIG = Path.of("..", "config", "nacos", "MALL_GROUP");

    private final String serviceName;
    private final int port;

    protected ServiceConfigContract(String serviceName) {
        this.serviceName = serviceName;
        this.port = SERVICE_PORTS.getOrDefault(serviceName, -1);
    }

    @Test
    void nameAndPortAreTheServicesOwn() {
        ServiceConfigFiles local = ServiceConfigFiles.forProfile("local", Map.of());
        assertThat(local.get("spring.application.name")).isEqualTo(serviceName);
        assertThat(SERVICE_PORTS).as("mall-services.properties lists " + serviceName).containsKey(serviceName);
        assertThat(local.get("server.port")).isEqualTo(String.valueOf(port));
    }

    @Test
    void localIsTheDefaultProfileAndImportsTheSharedDefaults() {
        ServiceConfigFiles local = ServiceConfigFiles.forProfile("local", Map.of());
        assertThat(local.get("spring.profiles.default")).isEqualTo("local");
        assertThat(ServiceConfigFiles.importsOf(ServiceConfigFiles.APPLICATION)).contains("classpath:" + ServiceConfigFiles.DEFAULTS);
        assertThat(ServiceConfigFiles.importsOf(ServiceConfigFiles.DEFAULTS)).contains("classpath:" + ServiceConfigFiles.SERVICES);
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
        assertThat(local.get("spring.data.redis.database")).isEqualTo("0");
        assertThat(local.get("spring.rabbitmq.virtual-host")).isEqualTo("/mall");

        ServiceConfigFiles moved = ServiceConfigFiles.forProfile("local", Map.of(
                "MALL_DB_HOST", "db.lab", "MALL_DB_NAME", "mall_test", "MALL_REDIS_HOST", "redis.lab",
                "MALL_RABBITMQ_HOST", "mq.lab", "MALL_ES_URIS", "http://es.lab:9200",
                "MALL_MONGODB_URI", "mongodb://mongo.lab:27017/mall", "MALL_REDIS_DATABASE", "3"));
        assertThat(moved.get("spring.datasource.url")).startsWith("jdbc:mysql://db.lab:3306/mall_test?");
        assertThat(moved.get("spring.data.redis.host")).isEqualTo("redis.lab");
        assertThat(moved.get("spring.data.redis.database")).isEqualTo("3");
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

    @Test
    void exactlyOneTracerPerProfileMicrometerLocallyWhenTheLauncherSaysSoTheAgentInTheCluster() {
        Map<String, Object> launcherTraces = Map.of("MALL_TRACING_ENABLED", "true",
                "MALL_ZIPKIN_ENDPOINT", "http://127.0.0.1:9411/api/v2/spans", "MALL_TRACING_SAMPLING", "0.1");
        ServiceConfigFiles untraced = ServiceConfigFiles.forProfile("local", Map.of());
        assertThat(untraced.get("management.tracing.export.enabled")).isEqualTo("false");
        assertThat(untraced.get("management.tracing.sampling.probability")).isEqualTo("0.0");
        assertThat(untraced.get("jdbc.datasource-proxy.enabled")).isEqualTo("false");

        ServiceConfigFiles traced = ServiceConfigFiles.forProfile("local", launcherTraces);
        assertThat(traced.get("management.tracing.export.enabled")).isEqualTo("true");
        assertThat(traced.get("management.tracing.export.zipkin.endpoint")).isEqualTo("http://127.0.0.1:9411/api/v2/spans");
        assertThat(traced.get("management.tracing.sampling.probability")).isEqualTo("0.1");
        assertThat(traced.get("jdbc.datasource-proxy.enabled")).isEqualTo("true");
        // one trace id field in the log lines, whichever tracer: Boot's own correlation field stays out
        assertThat(traced.get("logging.pattern.correlation")).isEmpty();

        // a pod given the same variables still leaves tracing to the SkyWalking agent
        Map<String, Object> pod = new HashMap<>(CLUSTER_POD_ENV);
        pod.putAll(launcherTraces);
        ServiceConfigFiles cluster = ServiceConfigFiles.forProfile("cluster", pod);
        assertThat(cluster.get("management.tracing.export.enabled")).isEqualTo("false");
        assertThat(cluster.get("management.tracing.sampling.probability")).isEqualTo("0.0");
        assertThat(cluster.get("jdbc.datasource-proxy.enabled")).isEqualTo("false");
    }

    @Test
    void nacosHoldsTheServicesDataIdAndTheSharedOne() {
        assertThat(NACOS_CONFIG.resolve(serviceName + ".yaml")).as("the cluster import is not optional").isRegularFile();
        assertThat(NACOS_CONFIG.resolve("mall-common.yaml")).isRegularFile();
    }

    @Test
    void inTheClusterEveryKeyResolvesFromNacosAndThePodsEnvironmentAlone() {
        ServiceConfigFiles cluster = clusterAsDeployed();
        Map<String, String> resolved = cluster.resolveAll();
        assertThat(resolved).isNotEmpty();
        // the middleware is reached through its Kubernetes services, never this machine's defaults
        for (String key : List.of("spring.datasource.url", "spring.data.redis.host", "spring.rabbitmq.host",
                "spring.elasticsearch.uris", "spring.mongodb.uri")) {
            assertThat(cluster.get(key)).as(key).doesNotContain("127.0.0.1").contains("mall-infra");
        }
        assertThat(cluster.get("spring.datasource.password")).isEqualTo("from-a-secret");
        assertThat(cluster.get("mall.jwt.secret")).isEqualTo("from-a-secret-at-least-32-bytes-long");
        assertThat(cluster.get("mall.identity.secret")).isEqualTo("identity-from-a-secret-at-least-32-bytes");
        // a pod listens on its own interfaces, unlike the local lab's loopback default
        assertThat(cluster.get("server.address")).isEqualTo("0.0.0.0");
    }

    @Test
    void nacosSetsOnlyKeysTheServiceKnows() {
        // a key Nacos sets that no packaged file defines is most likely a typo, silently ignored at run time
        Set<String> known = new TreeSet<>(ServiceConfigFiles.forProfile("cluster", CLUSTER_POD_ENV).resolveAll().keySet());
        known.addAll(ServiceConfigFiles.forProfile("local", Map.of()).resolveAll().keySet());
        assertThat(ServiceConfigFiles.keysOf(NACOS_CONFIG.resolve(serviceName + ".yaml")))
                .as("keys of %s.yaml without a packaged default", serviceName)
                .isSubsetOf(known);
        assertThat(ServiceConfigFiles.keysOf(NACOS_CONFIG.resolve("mall-common.yaml")))
                .as("keys of mall-common.yaml without a default in mall-defaults.yml")
                .isSubsetOf(known);
    }

    private ServiceConfigFiles clusterAsDeployed() {
        return ServiceConfigFiles.forCluster(CLUSTER_POD_ENV, NACOS_CONFIG.resolve(serviceName + ".yaml"),
                NACOS_CONFIG.resolve("mall-common.yaml"));
    }
}
