package com.perflab.mall.jmeter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JtlTest {

    static final String HEADER = "timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,"
            + "success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect\n";

    @TempDir
    Path dir;

    @Test
    void statisticsPerLabelFromEverySample() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        // 100 "search" samples of 1..100 ms started 10 ms apart; 2 fail
        for (int i = 1; i <= 100; i++) {
            boolean ok = i != 7 && i != 50;
            csv.append(1_000_000 + i * 10L).append(',').append(i).append(",search,200,OK,t 1-1,text,").append(ok)
                    .append(',').append(ok ? "" : "\"Value expected to be '200', but found '500'\"")
                    .append(",100,50,1,1,http://x/s,1,0,0\n");
        }
        csv.append("1000010,300,login,200,OK,t 1-1,text,true,,1,1,1,1,http://x/l,1,0,0\n");
        Path file = dir.resolve("search.csv");
        Files.writeString(file, csv);

        Map<String, Jtl.Stats> stats = Jtl.read(file);

        Jtl.Stats search = stats.get("search");
        assertThat(search.count()).isEqualTo(100);
        assertThat(search.errors()).isEqualTo(2);
        assertThat(search.errorPercent()).isEqualTo(2.0);
        assertThat(search.p50()).isEqualTo(50);
        assertThat(search.p95()).isEqualTo(95);
        assertThat(search.p99()).isEqualTo(99);
        assertThat(search.max()).isEqualTo(100);
        assertThat(search.firstError()).isEqualTo("Value expected to be '200', but found '500'");
        // first start 1,000,010; last end 1,001,000 + 100 = 1,001,100: 100 samples in 1.09 s
        assertThat(search.throughputPerSecond()).isCloseTo(100 / 1.09, org.assertj.core.data.Offset.offset(0.01));
        assertThat(stats.get(Jtl.Stats.TOTAL).count()).isEqualTo(101);
        assertThat(stats.keySet()).containsExactly("search", "login", Jtl.Stats.TOTAL);
    }

    @Test
    void quotedFieldsWithCommasQuotesAndNewlines() throws Exception {
        String row = "1000,5,\"cart, add\",500,\"Internal \"\"x\"\"\",t,text,false,\"line one\nline two\",1,1,1,1,u,1,0,0\n";
        Path file = dir.resolve("cart.csv");
        Files.writeString(file, HEADER + row + "2000,7,\"cart, add\",200,OK,t,text,true,,1,1,1,1,u,1,0,0\n");

        Jtl.Stats cart = Jtl.read(file).get("cart, add");

        assertThat(cart.count()).isEqualTo(2);
        assertThat(cart.errors()).isEqualTo(1);
        assertThat(cart.firstError()).isEqualTo("line one\nline two");
    }

    @Test
    void summaryLineFlagsSamplersAboveTheThreshold() {
        Jtl.Stats bad = new Jtl.Stats("pay", 200, 10, 12.5, 40, 90, 120, 300, "boom");
        Jtl.Stats good = new Jtl.Stats("home content", 200, 0, 50, 4, 9, 12, 30, "");

        assertThat(Summary.line(bad, 1.0)).contains("pay", "12.5", "5.00%", "above 1.0 %");
        assertThat(Summary.line(good, 1.0)).contains("home content", "0.00%").doesNotContain("above");
    }

    @Test
    void baselineTableHasARowPerInterfaceAndSaysWhichDidNotRun() throws Exception {
        Files.writeString(dir.resolve("home.csv"),
                HEADER + "1000,5,home content,200,OK,t,text,true,,1,1,1,1,u,1,0,0\n");

        String md = BaselineReport.render(dir, "# Baseline\n");

        assertThat(md).startsWith("# Baseline").contains("| home content | 1 |").contains("| pay | not run |")
                .contains("No results for: ").contains("Gateway and direct, interlaced")
                .contains("not recorded");
    }
}
