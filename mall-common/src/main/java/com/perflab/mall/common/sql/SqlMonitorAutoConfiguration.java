package com.perflab.mall.common.sql;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.ibatis.plugin.Interceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** Every service that talks SQL through MyBatis counts its statements and logs the slow ones. */
@AutoConfiguration
@ConditionalOnClass(Interceptor.class)
public class SqlMonitorAutoConfiguration {

    @Bean
    SqlStatementMonitor sqlStatementMonitor(MeterRegistry registry,
            @Value("${mall.sql.slow-threshold:200ms}") Duration slowThreshold) {
        return new SqlStatementMonitor(registry, slowThreshold);
    }
}
