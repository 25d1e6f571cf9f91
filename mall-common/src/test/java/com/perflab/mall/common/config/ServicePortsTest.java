package com.perflab.mall.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The one list of services and ports reaches the services through Spring Boot's own config data loading: a
 * service's file imports mall-defaults.yml, which imports mall-services.properties (a nested import of a
 * .properties file), so server.port and the local discovery instances resolve to the list's ports, and
 * SERVER_PORT / MALL_&lt;SERVICE&gt;_PORT in the environment still move them.
 */
class ServicePortsTest {

    @Test
    void serverPortAndLocalDiscoveryComeFromTheList() {
        Map<String, Integer> list = ServiceConfigContract.SERVICE_PORTS;
        assertThat(list).containsKeys("mall-gateway", "mall-member", "mall-cart", "mall-portal", "mall-search", "mall-admin");
        try (ConfigurableApplicationContext context = start(Map.of())) {
            ConfigurableEnvironment env = context.getEnvironment();
            assertThat(env.getProperty("server.port", Integer.class)).isEqualTo(list.get("mall-cart"));
            list.forEach((service, port) -> assertThat(instance(env, service))
                    .as("local instance of %s", service).isEqualTo("http://127.0.0.1:" + port));
        }
    }

    @Test
    void theEnvironmentStillMovesAServiceAndAnInstance() {
        try (ConfigurableApplicationContext context = start(Map.of("SERVER_PORT", "18086", "MALL_PORTAL_PORT", "18085"))) {
            ConfigurableEnvironment env = context.getEnvironment();
            assertThat(env.getProperty("server.port")).isEqualTo("18086");
            assertThat(instance(env, "mall-portal")).isEqualTo("http://127.0.0.1:18085");
            assertThat(instance(env, "mall-gateway"))
                    .isEqualTo("http://127.0.0.1:" + ServiceConfigContract.SERVICE_PORTS.get("mall-gateway"));
        }
    }

    private static String instance(ConfigurableEnvironment env, String service) {
        return env.getProperty("spring.cloud.discovery.client.simple.instances." + service + "[0].uri");
    }

    /** Only the environment is of interest: no auto-configuration, no web server. */
    private static ConfigurableApplicationContext start(Map<String, Object> systemEnvironment) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        // the real process environment is replaced, so a MALL_*_PORT set on this machine cannot decide the test
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(systemEnvironment)));
        return new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .environment(environment)
                .properties("spring.config.name=services-probe")
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run();
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
