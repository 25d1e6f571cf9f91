package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.perflab.mall.deploy.NetworkModel.Pod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19: the NetworkPolicies of namespaces mall and mall-infra, evaluated on each rendered overlay
 * ({@link NetworkModel}): every flow the mall needs is open, and what an attacker's pod elsewhere in the cluster
 * would try, or a service that has no business there, is closed. The Gateway's Envoy proxy, kube-dns and
 * kube-prometheus' Prometheus are installed apart (the lab guide); they appear here as the pods they run.
 */
class NetworkPoliciesTest {

    static final List<String> SERVICES = List.of("mall-gateway", "mall-member", "mall-cart", "mall-portal", "mall-search", "mall-admin");
    static final List<String> BACKENDS = SERVICES.subList(1, SERVICES.size());
    /** What every service and the gateway use in mall-infra (and SkyWalking's collector). */
    static final Map<String, Integer> MIDDLEWARE = Map.of("mysql", 3306, "redis", 6379, "rabbitmq", 5672,
            "elasticsearch", 9200, "mongodb", 27017, "nacos", 8848);

    /** Envoy Gateway's proxy for the Gateway perflab (k8s/base/gateway), in its controller's namespace. */
    static final Pod INGRESS = new Pod("envoy-gateway-system", "envoy-perflab",
            Map.of("app.kubernetes.io/name", "envoy", "app.kubernetes.io/component", "proxy",
                    "gateway.envoyproxy.io/owning-gateway-name", "perflab"),
            Map.of("http", 10080));
    /** Envoy Gateway's controller: the same namespace as the proxy, no business with the mall. */
    static final Pod GATEWAY_CONTROLLER = new Pod("envoy-gateway-system", "envoy-gateway",
            Map.of("control-plane", "envoy-gateway", "app.kubernetes.io/name", "gateway-helm"), Map.of("grpc", 18000));
    static final Pod DNS = new Pod("kube-system", "coredns", Map.of("k8s-app", "kube-dns"), Map.of("dns", 53, "dns-tcp", 53));
    static final Pod PROMETHEUS = new Pod("monitoring", "prometheus-k8s",
            Map.of("app.kubernetes.io/name", "prometheus"), Map.of("web", 9090));
    /** Any pod a student or an attacker starts in the default namespace. */
    static final Pod INTRUDER = new Pod("default", "intruder", Map.of("app", "intruder"), Map.of());
    static final Pod INTERNET = Pod.outside("internet");

    static Stream<String> overlays() {
        return Overlays.names();
    }

    static NetworkModel model(String overlay) {
        return new NetworkModel(Overlays.render(overlay), List.of(INGRESS, GATEWAY_CONTROLLER, DNS, PROMETHEUS, INTRUDER));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyFlowTheMallNeedsIsOpen(String overlay) {
        NetworkModel net = model(overlay);
        List<String> closed = new ArrayList<>();
        Flows flows = new Flows(net, closed);

        flows.tcp(INGRESS, net.pod("mall", "mall-gateway"), 8201);
        for (String backend : BACKENDS) {
            flows.tcp(net.pod("mall", "mall-gateway"), net.pod("mall", backend), Repo.SERVICE_PORTS.get(backend));
        }
        flows.tcp(net.pod("mall", "mall-cart"), net.pod("mall", "mall-portal"), 8085);
        flows.tcp(net.pod("mall", "mall-admin"), net.pod("mall", "mall-portal"), 8085);
        for (String service : SERVICES) {
            Pod pod = net.pod("mall", service);
            MIDDLEWARE.forEach((store, port) -> flows.tcp(pod, net.pod("mall-infra", store), port));
            flows.tcp(pod, net.pod("mall-infra", "nacos"), 9848); // Nacos' client gRPC port
            flows.tcp(pod, net.pod("skywalking", "oap"), 11800);
            flows.tcp(PROMETHEUS, pod, Repo.SERVICE_PORTS.get(service));
        }
        for (String namespace : List.of("mall", "mall-infra")) {
            for (Pod pod : net.podsIn(namespace)) {
                flows.check(pod, DNS, "UDP", 53);
            }
        }
        flows.tcp(net.pod("mall", "mall-schema"), net.pod("mall-infra", "mysql"), 3306);
        flows.tcp(net.pod("mall", "mysqld-exporter"), net.pod("mall-infra", "mysql"), 3306);
        flows.tcp(net.pod("mall", "redis-exporter"), net.pod("mall-infra", "redis"), 6379);
        flows.tcp(net.pod("mall", "mongodb-exporter"), net.pod("mall-infra", "mongodb"), 27017);
        for (String exporter : List.of("mysqld-exporter", "redis-exporter", "mongodb-exporter")) {
            Pod pod = net.pod("mall", exporter);
            flows.tcp(PROMETHEUS, pod, pod.ports().get("metrics"));
        }
        flows.tcp(PROMETHEUS, net.pod("mall-infra", "rabbitmq"), 15692);
        // the middleware among themselves
        flows.tcp(net.pod("mall-infra", "nacos"), net.pod("mall-infra", "mysql"), 3306);
        flows.tcp(net.pod("mall-infra", "nacos-db-init"), net.pod("mall-infra", "mysql"), 3306);
        flows.tcp(net.pod("mall-infra", "nacos"), net.pod("mall-infra", "nacos"), 7848);
        flows.tcp(net.pod("mall-infra", "elasticsearch"), net.pod("mall-infra", "elasticsearch"), 9300);
        // logs and traces into Elasticsearch
        flows.tcp(net.pod("logging", "fluent-bit"), net.pod("mall-infra", "elasticsearch"), 9200);
        flows.tcp(net.pod("logging", "kibana"), net.pod("mall-infra", "elasticsearch"), 9200);
        flows.tcp(net.pod("skywalking", "oap"), net.pod("mall-infra", "elasticsearch"), 9200);
        // the consoles behind the ingress
        flows.tcp(INGRESS, net.pod("mall-infra", "rabbitmq"), 15672);
        flows.tcp(INGRESS, net.pod("mall-infra", "nacos"), 8080);
        flows.tcp(INGRESS, net.pod("mall-infra", "sentinel-dashboard"), 8858);

        assertThat(flows.checked).as("flows checked").isGreaterThan(60);
        assertThat(closed).as(overlay + ": needed flows a policy closes").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void whatNobodyNeedsIsClosed(String overlay) {
        NetworkModel net = model(overlay);
        List<String> open = new ArrayList<>();
        Flows flows = new Flows(net, open).expectingClosed();

        for (String service : SERVICES) {
            // past the gateway, the trust boundary: not from elsewhere in the cluster, not from the ingress
            flows.tcp(INTRUDER, net.pod("mall", service), Repo.SERVICE_PORTS.get(service));
            flows.tcp(GATEWAY_CONTROLLER, net.pod("mall", service), Repo.SERVICE_PORTS.get(service));
            if (!service.equals("mall-gateway")) {
                flows.tcp(INGRESS, net.pod("mall", service), Repo.SERVICE_PORTS.get(service));
            }
            flows.tcp(net.pod("mall", service), INTERNET, 443);
        }
        MIDDLEWARE.forEach((store, port) -> flows.tcp(INTRUDER, net.pod("mall-infra", store), port));
        flows.tcp(INTRUDER, net.pod("mall-infra", "rabbitmq"), 15672);
        // services that do not call each other
        flows.tcp(net.pod("mall", "mall-member"), net.pod("mall", "mall-portal"), 8085);
        flows.tcp(net.pod("mall", "mall-search"), net.pod("mall", "mall-member"), 8083);
        flows.tcp(net.pod("mall", "mall-portal"), net.pod("mall", "mall-cart"), 8086);
        flows.tcp(net.pod("mall", "mysqld-exporter"), net.pod("mall", "mall-portal"), 8085);
        // a service has no business with the broker's management or the stores' other ports
        flows.tcp(net.pod("mall", "mall-portal"), net.pod("mall-infra", "rabbitmq"), 15672);
        flows.tcp(net.pod("mall", "mall-portal"), net.pod("mall-infra", "elasticsearch"), 9300);
        flows.tcp(PROMETHEUS, net.pod("mall-infra", "mysql"), 3306);
        // nothing downloads at start (the IK plugin and the Sentinel dashboard are in their images)
        for (Pod pod : net.podsIn("mall-infra")) {
            flows.tcp(pod, INTERNET, 443);
        }
        flows.tcp(net.pod("mall-infra", "redis"), net.pod("mall", "mall-portal"), 8085);

        assertThat(flows.checked).as("flows checked").isGreaterThan(25);
        assertThat(open).as(overlay + ": flows a policy should close but leaves open").isEmpty();
    }

    /** Checks flows against the expectation (open, or closed after expectingClosed) and collects the misses. */
    private static final class Flows {
        final NetworkModel net;
        final List<String> misses;
        boolean open = true;
        int checked;

        Flows(NetworkModel net, List<String> misses) {
            this.net = net;
            this.misses = misses;
        }

        Flows expectingClosed() {
            open = false;
            return this;
        }

        void tcp(Pod from, Pod to, int port) {
            check(from, to, "TCP", port);
        }

        void check(Pod from, Pod to, String protocol, int port) {
            checked++;
            if (net.allows(from, to, protocol, port) != open) {
                misses.add(from.namespace() + "/" + from.name() + " -> " + to.namespace() + "/" + to.name() + ":" + port + "/" + protocol);
            }
        }
    }
}
