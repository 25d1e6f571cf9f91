package com.perflab.mall.portal;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** mall-portal: the shop front: home, catalog reads and orders. */
@SpringBootApplication
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    /** The time flash-sale slots are picked by; a bean so tests and the lab can pin it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
