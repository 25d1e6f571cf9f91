package com.perflab.mall.gateway.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web pages of mall-web (a jar of static files, classpath:/static/**): Spring serves the files and
 * "/" (the shop's index.html) by itself; the back office's entry page needs these routes. Both apps route
 * in the URL fragment (#/...), so no other fallback is needed. These paths are not gateway routes, so the
 * gateway's token check (a filter on routes only) never sees them; the apps call /mall-* with their tokens.
 * The entry page comes from the first static location holding it, as the files do
 * ({@code spring.web.resources.static-locations}, e.g. a file: directory while working on the pages).
 */
@Configuration(proxyBeanMethods = false)
class StaticPagesConfig {

    @Bean
    RouterFunction<ServerResponse> adminIndex(ResourceLoader loader,
            @Value("${spring.web.resources.static-locations:classpath:/static/}") String[] locations) {
        List<Resource> candidates = Arrays.stream(locations)
                .map(l -> loader.getResource((l.endsWith("/") ? l : l + "/") + "admin/index.html"))
                .toList();
        return RouterFunctions.route(GET("/admin").or(GET("/admin/")).or(GET("/admin/index.html")), request -> {
            for (Resource index : candidates) {
                if (index.exists()) {
                    return ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                            .cacheControl(CacheControl.noCache()).bodyValue(index);
                }
            }
            return ServerResponse.notFound().build();
        });
    }
}
