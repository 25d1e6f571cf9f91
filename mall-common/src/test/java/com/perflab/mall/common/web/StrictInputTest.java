package com.perflab.mall.common.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.common.json.StrictJsonAutoConfiguration;
import com.perflab.mall.common.web.probe.ProbeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Input that Jackson or Spring would otherwise bend into something else (a fraction into an integer) or
 * that a form filter would drop, and names that look empty: all 400, naming the field in the envelope's data.
 */
@WebMvcTest
@ContextConfiguration(classes = ProbeApplication.class)
@ImportAutoConfiguration({com.perflab.mall.common.auth.AuthAutoConfiguration.class, MallWebMvcAutoConfiguration.class,
        StrictJsonAutoConfiguration.class})
class StrictInputTest {

    @Autowired
    MockMvc mvc;

    ResultActions numbers(String json) throws Exception {
        return mvc.perform(post("/probe/numbers").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"quantity\":1.5,\"productId\":1,\"count\":1}              | quantity",
            "{\"quantity\":1.0,\"productId\":1,\"count\":1}              | quantity",
            "{\"quantity\":1e2,\"productId\":1,\"count\":1}              | quantity",
            "{\"quantity\":\"1.5\",\"productId\":1,\"count\":1}          | quantity",
            "{\"quantity\":1,\"productId\":2.7,\"count\":1}              | productId",
            "{\"quantity\":1,\"productId\":1e20,\"count\":1}             | productId",
            "{\"quantity\":1,\"productId\":1,\"count\":0.5}              | count",
            "{\"quantity\":1,\"productId\":1,\"count\":99999999999}      | count",
            "{\"quantity\":1,\"productId\":1,\"count\":1,\"lines\":[{\"quantity\":1},{\"quantity\":2.5}]} | lines[1].quantity"})
    void aFractionOrAnOverflowForAnIntegerIs400NamingTheField(String json, String field) throws Exception {
        numbers(json)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.data[0].field").value(field))
                .andExpect(jsonPath("$.data[0].message").value("must be a whole number in range"));
    }

    @Test
    void wholeNumbersStillPass() throws Exception {
        numbers("{\"quantity\":\"3\",\"productId\":9007199254740993,\"count\":-2,\"lines\":[{\"quantity\":4}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.quantity").value(3))
                .andExpect(jsonPath("$.data.productId").value(9007199254740993L))
                .andExpect(jsonPath("$.data.lines[0].quantity").value(4));
    }

    @Test
    void malformedJsonIsStill400WithoutAField() throws Exception {
        numbers("{\"quantity\":")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.message").value(containsString("not valid JSON")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1e2", "0x10", "#10", "1 0", "2147483648", "", "1,5"})
    void aQueryParameterThatIsNotAnIntIs400(String value) throws Exception {
        mvc.perform(get("/probe/quantity").param("quantity", value))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("quantity"));
    }

    @Test
    void aDecimalQueryIntegerPasses() throws Exception {
        mvc.perform(get("/probe/quantity").param("quantity", " 12 "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data").value(12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "day  | yesterday           | must be a date/time like yyyy-MM-dd",
            "day  | 2024-02-30          | must be a date/time like yyyy-MM-dd",
            "day  | 2024-1-5            | must be a date/time like yyyy-MM-dd",
            "from | 2024-01-01          | must be a date/time like yyyy-MM-dd HH:mm:ss",
            "from | 2024-01-01 25:00:00 | must be a date/time like yyyy-MM-dd HH:mm:ss"})
    void anUnparsableDateFilterIs400NamingIt(String field, String value, String message) throws Exception {
        mvc.perform(get("/probe/filter").param(field, value))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.data[0].field").value(field))
                .andExpect(jsonPath("$.data[0].message").value(message))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.not(containsString("java."))));
    }

    @Test
    void anUnparsableDateParameterIs400NamingIt() throws Exception {
        mvc.perform(get("/probe/day").param("day", "31/12/2024"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("day"))
                .andExpect(jsonPath("$.data[0].message").value("must be a date/time like yyyy-MM-dd"));
    }

    @Test
    void validDatesPass() throws Exception {
        mvc.perform(get("/probe/filter").param("day", "2024-02-29").param("from", "2024-01-01 08:30:00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.day").value("2024-02-29"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u200B", "\\u200B\\uFEFF\\u00A0", "\\u3000\\u2060", "\\u202E\\u200F", " \\t "})
    void aNameOfOnlyInvisibleCharactersIs400(String escaped) throws Exception {
        mvc.perform(post("/probe/named").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + escaped + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000b", "a\\nb", "ab\\u202Ecd", "\\u0301\\u0301", "x\\u0007y"})
    void aNameWithControlCharactersOrWithoutAVisibleOneIs400(String escaped) throws Exception {
        mvc.perform(post("/probe/named").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"ok\",\"nickName\":\"" + escaped + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("nickName"));
    }

    @Test
    void namesAreStrippedOfInvisibleEdgesAndKeepTheirInside() throws Exception {
        mvc.perform(post("/probe/named").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\\u00A0\\u200B张 三\\uFEFF \",\"nickName\":\"\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.name").value("张 三"))
                .andExpect(jsonPath("$.data.nickName").value(""));
    }

    @Test
    void aServiceCheckNamingAFieldPutsItInData() throws Exception {
        mvc.perform(get("/probe/cross-field"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("amount"))
                .andExpect(jsonPath("$.data[0].message").value("must not exceed minPoint"))
                .andExpect(jsonPath("$.message").value("amount: must not exceed minPoint"));
    }
}
