package com.perflab.mall.search.product;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The product index settings. No index is created at start-up (a cluster that is down must not stop the
 * service): searches on a missing alias answer empty pages, and the first write creates the index.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IndexProperties.class)
class ProductIndexConfiguration {
}
