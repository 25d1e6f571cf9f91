package com.perflab.mall.common.access;

import org.apache.ibatis.session.Configuration;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * {@link AdminAccess} for a service that sets {@code mall.admin.access.service} and reads the back office's
 * database through MyBatis; with Redis, grants are cached there (shared with mall-admin, so its changes
 * reach every service at once).
 */
@AutoConfiguration(afterName = {"org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration",
        "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration"})
@ConditionalOnClass(SqlSessionTemplate.class)
@ConditionalOnProperty(prefix = "mall.admin.access", name = "service")
@EnableConfigurationProperties(AccessProperties.class)
public class AdminAccessAutoConfiguration {

    @Bean
    @ConditionalOnBean(SqlSessionTemplate.class)
    AdminAccess adminAccess(SqlSessionTemplate sql, AccessProperties properties, ObjectProvider<GrantCache> cache) {
        Configuration configuration = sql.getConfiguration();
        if (!configuration.hasMapper(AccessMapper.class)) {
            configuration.addMapper(AccessMapper.class);
        }
        return new AdminAccess(sql.getMapper(AccessMapper.class), properties, cache.getIfAvailable());
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(StringRedisTemplate.class)
    static class RedisCache {

        @Bean
        @ConditionalOnBean(StringRedisTemplate.class)
        RedisGrantCache adminGrantCache(StringRedisTemplate redis, AccessProperties properties) {
            return new RedisGrantCache(redis, properties);
        }
    }
}
