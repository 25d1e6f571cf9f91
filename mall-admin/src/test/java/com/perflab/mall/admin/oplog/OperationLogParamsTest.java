package com.perflab.mall.admin.oplog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationLogParamsTest {

    @Test
    void passwordsSecretsAndTokensAreNeverKept() {
        Map<String, String[]> params = new LinkedHashMap<>();
        params.put("ids", new String[] {"1", "2"});
        params.put("oldPassword", new String[] {"macro123"});
        params.put("newPassword", new String[] {"s3cret!"});
        params.put("refreshToken", new String[] {"abc"});
        params.put("status", new String[] {"0"});

        assertThat(OperationLogInterceptor.params(params)).isEqualTo("ids=1&ids=2&status=0");
    }

    @Test
    void longParametersAreCutToTheColumnAndNoneGiveNull() {
        assertThat(OperationLogInterceptor.params(Map.of("note", new String[] {"x".repeat(5000)})))
                .hasSize(OperationLogInterceptor.MAX_PARAMS);
        assertThat(OperationLogInterceptor.params(Map.of())).isNull();
    }
}
