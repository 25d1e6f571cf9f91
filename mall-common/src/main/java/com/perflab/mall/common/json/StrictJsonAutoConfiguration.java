package com.perflab.mall.common.json;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies are read strictly where Jackson would otherwise guess: a number with a fraction (or an
 * exponent) sent for an integer field, such as a quantity of 1.5 or an id of 2.7, is refused instead of
 * being truncated to 1 or 2. The message converter's failure becomes a 400 naming the field
 * (GlobalExceptionHandler). Query and form parameters need nothing: Spring's conversion already refuses
 * "1.5" for an int.
 */
@AutoConfiguration
@ConditionalOnClass(JsonMapper.class)
public class StrictJsonAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictIntegerJson() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
