package com.perflab.mall.gateway.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web pages of mall-web (a jar of static files, classpath:/static/**): Spring serves the files and
 * "/" (the shop's index.html) by itself; the back office's entry page needs these two routes. Both apps
 * route in the URL fragment (#/...), so no other fallback is needed. These paths are not gateway routes,
 * so the gateway's token check (a filter on routes only) never sees them; the apps call /mall-* with
 * their tokens.
 */
@Configuration(proxyBeanMethods = false)
class StaticPagesConfig {

    private static final Resource ADMIN_INDEX = new ClassPathResource("static/admin/index.html");

    @Bean
    RouterFunction<ServerResponse> adminIndex() {
        return RouterFunctions.route(GET("/admin").or(GET("/admin/")).or(GET("/admin/index.html")), request ->
                ADMIN_INDEX.exists()
                        ? ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                                .cacheControl(CacheControl.noCache()).bodyValue(ADMIN_INDEX)
                        : ServerResponse.notFound().build());
    }
}
