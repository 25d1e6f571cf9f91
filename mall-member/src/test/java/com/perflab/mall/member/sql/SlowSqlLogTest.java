package com.perflab.mall.member.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.member.support.MemberApiTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** mall-common's SQL monitor in a real service on the real MariaDB: counted per statement, slow ones logged. */
@MemberApiTest
@ExtendWith(OutputCaptureExtension.class)
class SlowSqlLogTest {

    @Autowired
    SleepMapper sql;
    @Autowired
    MeterRegistry meters;

    @Test
    void aStatementOverTheThresholdIsLoggedWithItsDurationAndAFastOneIsNot(CapturedOutput output) {
        sql.one();
        sql.sleep(0.25);

        assertThat(output.getOut()).containsPattern("slow SQL (2[5-9]\\d|[3-9]\\d\\d|\\d{4,}) ms "
                + "com\\.perflab\\.mall\\.member\\.sql\\.SleepMapper\\.sleep: SELECT SLEEP\\(\\?\\)");
        assertThat(output.getOut()).doesNotContain("SleepMapper.one:");
        assertThat(meters.get("mall.sql.statements").tag("statement", "com.perflab.mall.member.sql.SleepMapper.one")
                .counter().count()).isGreaterThanOrEqualTo(1);
    }
}
