package com.perflab.mall.jmeter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MixReportTest {

    private static final String HEADER = "timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,"
            + "success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect\n";

    @TempDir
    Path dir;

    @Test
    void theModuleMixIsTheCoursesElevenInterfacesSummingToAHundred() throws Exception {
        // surefire runs in the module folder: this is the file gen-plans.py writes into the plans
        List<MixReport.Target> mix = MixReport.readMix(Path.of("mix.csv"));

        assertThat(mix).extracting(MixReport.Target::sampler).containsExactly("home content", "login",
                "member info", "search", "add cart", "cart list promotion", "confirm order", "generate order",
                "order list", "pay", "order detail");
        assertThat(mix).extracting(MixReport.Target::percent)
                .containsExactly(11.0, 5.0, 5.0, 54.0, 5.0, 3.0, 3.0, 3.0, 3.0, 3.0, 5.0);
    }

    @Test
    void sharesCountBusinessSamplersOnlyAndFlagThoseMoreThanOnePointOff() throws Exception {
        // 1000 business samples: search 1.5 points short, home content 1.5 over, login 0.9 over, member info
        // 0.9 short (inside the tolerance), the rest on target; plus set-up requests that must not count
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("home content", 125);
        counts.put("login", 59);
        counts.put("member info", 41);
        counts.put("search", 525);
        counts.put("add cart", 50);
        counts.put("cart list promotion", 30);
        counts.put("confirm order", 30);
        counts.put("generate order", 30);
        counts.put("order list", 30);
        counts.put("pay", 30);
        counts.put("order detail", 50);
        counts.put("setup: add cart", 40);
        counts.put("setup: generate order", 25);
        counts.put("setup: login", 2);
        StringBuilder csv = new StringBuilder(HEADER);
        long t = 1_000_000;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                csv.append(t += 10).append(",20,").append(e.getKey()).append(",200,OK,t 1-1,text,true,,1,1,1,1,u,1,0,0\n");
            }
        }
        Path results = dir.resolve("mixed.csv");
        Files.writeString(results, csv);
        Path mixFile = dir.resolve("mix.csv");
        Files.writeString(mixFile, "# sampler,percent\nhome content,11\nlogin,5\nmember info,5\nsearch,54\n"
                + "add cart,5\ncart list promotion,3\nconfirm order,3\ngenerate order,3\norder list,3\npay,3\n"
                + "order detail,5\n");

        MixReport.Comparison c = MixReport.compare(MixReport.readMix(mixFile), Jtl.read(results));

        assertThat(c.businessSamples()).isEqualTo(1000);
        MixReport.Share search = share(c, "search");
        assertThat(search.count()).isEqualTo(525);
        assertThat(search.achievedPercent()).isCloseTo(52.5, offset(1e-9));
        assertThat(search.differencePp()).isCloseTo(-1.5, offset(1e-9));
        assertThat(share(c, "home content").differencePp()).isCloseTo(1.5, offset(1e-9));
        assertThat(share(c, "login").differencePp()).isCloseTo(0.9, offset(1e-9));
        assertThat(c.off()).extracting(s -> s.target().sampler()).containsExactly("home content", "search");
        assertThat(c.apart()).extracting(Jtl.Stats::label)
                .containsExactly("setup: add cart", "setup: generate order", "setup: login");

        String printed = print(c, results);
        assertThat(printed).contains("search", "52.50%", "54.00%", "-1.50", "more than 1.0 pp off")
                .contains("not counted (set-up and other requests): 67 samples", "setup: generate order")
                .contains("mix: 2 of 11 business samplers more than 1.0 pp off: home content, search");
        assertThat(printed.lines().filter(l -> l.startsWith("login ")).findFirst().orElseThrow())
                .contains("5.90%", "+0.90").doesNotContain("off");
        // samples 10 ms apart, 20 ms each: the run spans 1067 * 10 + 10 ms; a sampler's rate is over all of it
        assertThat(c.runSeconds()).isCloseTo(10.68, offset(1e-9));
        assertThat(c.perSecond(search.count())).isCloseTo(525 / 10.68, offset(1e-9));
    }

    @Test
    void aSamplerThatNeverRanIsZeroAndOff() throws Exception {
        Path results = dir.resolve("mixed.csv");
        Files.writeString(results, HEADER + "1000,5,search,200,OK,t,text,true,,1,1,1,1,u,1,0,0\n");
        Path mixFile = dir.resolve("mix.csv");
        Files.writeString(mixFile, "search,50\npay,50\n");

        MixReport.Comparison c = MixReport.compare(MixReport.readMix(mixFile), Jtl.read(results));

        assertThat(share(c, "pay").count()).isZero();
        assertThat(share(c, "pay").differencePp()).isEqualTo(-50.0);
        assertThat(print(c, results)).contains("mix: 2 of 2 business samplers more than 1.0 pp off: search, pay");
    }

    @Test
    void aMixThatDoesNotSumToAHundredIsRefused() throws Exception {
        Path mixFile = dir.resolve("mix.csv");
        Files.writeString(mixFile, "search,54\nhome content,11\n");

        assertThatThrownBy(() -> MixReport.readMix(mixFile)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sum to 65");
    }

    private static MixReport.Share share(MixReport.Comparison c, String sampler) {
        return c.shares().stream().filter(s -> s.target().sampler().equals(sampler)).findFirst().orElseThrow();
    }

    private static String print(MixReport.Comparison c, Path results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MixReport.print(c, results, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
