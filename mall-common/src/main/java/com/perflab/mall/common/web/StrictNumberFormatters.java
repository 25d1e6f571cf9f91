package com.perflab.mall.common.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query, path and form integers in plain decimal only. Spring's own conversion also reads "0x10" or "#10" as
 * 16 and drops inner blanks ("1 0" is 10): a quantity or an id is never meant that way, so those are refused
 * (400 naming the parameter) instead of becoming another number. Fractions were refused already.
 *
 * <p>Both of Spring's ways are covered: the binder's editors (which it falls back to when the conversion
 * service fails, and which would accept "0x10" again) and the conversion service (elements of lists).
 */
@ControllerAdvice
public class StrictNumberFormatters implements WebMvcConfigurer {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Integer.class, (Converter<String, Integer>) s -> parse(s, Integer::valueOf));
        registry.addConverter(String.class, Long.class, (Converter<String, Long>) s -> parse(s, Long::valueOf));
    }

    @InitBinder
    void strictIntegers(WebDataBinder binder) {
        binder.registerCustomEditor(Integer.class, new DecimalEditor(Integer::valueOf));
        binder.registerCustomEditor(int.class, new DecimalEditor(Integer::valueOf));
        binder.registerCustomEditor(Long.class, new DecimalEditor(Long::valueOf));
        binder.registerCustomEditor(long.class, new DecimalEditor(Long::valueOf));
    }

    /** Blank is "not given", as with Spring's own conversion; anything else must be a decimal integer in range. */
    static <T> T parse(String source, Function<String, T> valueOf) {
        String text = source.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException("not a decimal integer: " + source);
        }
        return valueOf.apply(text);
    }

    private static final class DecimalEditor extends PropertyEditorSupport {

        private final Function<String, ? extends Number> valueOf;

        DecimalEditor(Function<String, ? extends Number> valueOf) {
            this.valueOf = valueOf;
        }

        @Override
        public void setAsText(String text) {
            setValue(text == null ? null : parse(text, valueOf));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
