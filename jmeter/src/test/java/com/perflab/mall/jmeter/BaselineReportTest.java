package com.perflab.mall.jmeter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineReportTest {

    @TempDir
    Path dir;

    /** A result file of COUNT samples of LABEL, each taking MILLIS, started over exactly one second. */
    static void run(Path file, String label, int count, long millis) throws IOException {
        StringBuilder csv = new StringBuilder(JtlTest.HEADER);
        long step = (1000 - millis) / count;
        for (int i = 0; i < count; i++) {
            // the last one ends at exactly one second after the first started
            long start = i == count - 1 ? 1000 - millis : i * step;
            csv.append(1_000_000 + start).append(',').append(millis).append(',').append(label)
                    .append(",200,OK,t,text,true,,1,1,1,1,u,1,0,0\n");
        }
        Files.writeString(file, csv);
    }

    static void load(Path file, double before, boolean busy, String during) throws IOException {
        Files.writeString(file, "before=" + before + "\ncpu=" + (busy ? 85 : 4) + "\nthreshold=20\nwaited=" + (busy ? 60 : 3) + "\nbusy=" + busy
                + "\nduring=" + during + "\n");
    }

    /** The launcher's record of a quiet run whose services used CPU_SECONDS while it went on. */
    static void cpu(Path file, double cpuSeconds) throws IOException {
        Files.writeString(file, "before=0.5\ncpu=4\nthreshold=20\nwaited=3\nbusy=false\nduring=1.0\n"
                + "services_cpu_seconds=" + cpuSeconds + "\n");
    }

    @Test
    void interlacedRoundsGiveAGatewayDirectRatioPerRoundAndOverAll() throws Exception {
        // gateway 100 samples/s at 40 ms, direct 400 samples/s at 10 ms, in two rounds each
        run(dir.resolve("home-g1.csv"), "home content", 100, 40);
        run(dir.resolve("home-d1.csv"), "home content", 400, 10);
        run(dir.resolve("home-g2.csv"), "home content", 100, 40);
        run(dir.resolve("home-d2.csv"), "home content", 400, 10);

        String md = BaselineReport.render(dir, "# Baseline\n");

        assertThat(md).contains("| home content | 1 | 100.0 | 40 / 40 | 400.0 | 10 / 10 | 0.25 | 4.00 |")
                .contains("| home content | 2 | 100.0 | 40 / 40 | 400.0 | 10 / 10 | 0.25 | 4.00 |")
                .contains("| home content | all | 100.0 | 40 / 40 | 400.0 | 10 / 10 | 0.25 | 4.00 |")
                // the gateway table takes both gateway rounds: 200 samples over 2 s of running, not the pause
                .contains("| home content | 200 | 100.0 | 40 | 40 | 40 | 0.00 % |");
    }

    @Test
    void aRunThatStartedBusyIsMarkedAndTheSummaryDoesNotCallTheMachineQuiet() throws Exception {
        run(dir.resolve("login.csv"), "login", 20, 100);
        load(dir.resolve("login.load"), 0.4, false, "0.4 1.2 2.0");
        run(dir.resolve("search.csv"), "search", 50, 20);
        load(dir.resolve("search.load"), 3.1, true, "3.0 4.0");

        String md = BaselineReport.render(dir, "# Baseline\n");

        assertThat(md).contains("| login | 20 |").contains("| 0.40 | 0.40 / 1.20 / 2.00 |")
                .contains("| search | 50 |").contains("| busy (load 3.10, CPUs 85 %) | 3.00 / 3.50 / 4.00 |")
                .contains("**The machine was busy: 1 of 2 runs started with the CPUs 20 % busy or more** (search)")
                .contains("1-minute load average when each of the 2 runs started: 0.40 to 3.10")
                .doesNotContain("Every run started on a settled machine").doesNotContainIgnoringCase("quiet machine.\n");
    }

    @Test
    void settledOnlyWhenEveryRunStartedBelowTheThreshold() throws Exception {
        run(dir.resolve("login.csv"), "login", 20, 100);
        load(dir.resolve("login.load"), 0.4, false, "1.5");

        assertThat(BaselineReport.loadSummary(dir)).contains("Every run started on a settled machine")
                .contains("During the runs it was 1.50 to 1.50");
    }

    @Test
    void theBusyMarkOfOneRoundCarriesToTheMergedRow() throws Exception {
        Load quiet = new Load(0.3, 3, 20, 2, false, new double[] {1.0}, -1);
        Load busy = new Load(2.5, 85, 20, 60, true, new double[] {3.0}, -1);

        Load merged = Load.merge(List.of(quiet, busy));

        assertThat(merged.describeBefore()).isEqualTo("busy (load 2.50, CPUs 85 %)");
        assertThat(merged.describeDuring()).isEqualTo("1.00 / 2.00 / 3.00");
        assertThat(merged.waitedSeconds()).isEqualTo(62);
    }

    @Test
    void compareReportPrintsRoundsMeansAndTheRatioBOverA() throws Exception {
        run(dir.resolve("home-A1.csv"), "home content", 100, 40);
        run(dir.resolve("home-B1.csv"), "home content", 150, 20);
        run(dir.resolve("home-A2.csv"), "home content", 300, 40);
        run(dir.resolve("home-B2.csv"), "home content", 250, 20);
        load(dir.resolve("home-B2.load"), 2.0, true, "2.0");

        String md = CompareReport.render(dir, true, "lab", "abc123", List.of("home"));
        String text = CompareReport.render(dir, false, "lab", "abc123", List.of("home"));

        assertThat(md).contains("### home (sampler 'home content')")
                .contains("| 1 | 100.0 | 40 | 40 | 0.00 | ? | 150.0 | 20 | 20 | 0.00 | ? | ?, ? |")
                .contains("| 2 | 300.0 | 40 | 40 | 0.00 | ? | 250.0 | 20 | 20 | 0.00 | ? | ?, busy (load 2.00, CPUs 85 %) |")
                .contains("| mean | 200.0 | 40.0 | 40.0 | 0.00 | ? | 200.0 | 20.0 | 20.0 | 0.00 | ? |  |")
                .contains("| ratio B/A |  |  |  |  |  | 1.00 | 0.50 | 0.50 |  | ? |  |");
        assertThat(text).contains("==> home").containsPattern("ratio B/A\\s+1\\.00\\s+0\\.50\\s+0\\.50");
    }

    @Test
    void compareReportDividesEachBuildsServiceCpuByItsRequests() throws Exception {
        // A: 2 s of CPU for 100 requests, then 3 s for 300 (20 and 10 ms); B: 1.5 s for 150, 1.25 s for 250 (10, 5 ms)
        run(dir.resolve("order-A1.csv"), "generate order", 100, 40);
        cpu(dir.resolve("order-A1.load"), 2.0);
        run(dir.resolve("order-B1.csv"), "generate order", 150, 20);
        cpu(dir.resolve("order-B1.load"), 1.5);
        run(dir.resolve("order-A2.csv"), "generate order", 300, 40);
        cpu(dir.resolve("order-A2.load"), 3.0);
        run(dir.resolve("order-B2.csv"), "generate order", 250, 20);
        cpu(dir.resolve("order-B2.load"), 1.25);
        // a TOTAL sampler stands for plans without their own (the file name is the plan)
        String md = CompareReport.render(dir, true, "lab", "abc123", List.of("order"));

        assertThat(md).contains("| 1 | 100.0 | 40 | 40 | 0.00 | 20.00 | 150.0 | 20 | 20 | 0.00 | 10.00 | 0.50, 0.50 |")
                .contains("| 2 | 300.0 | 40 | 40 | 0.00 | 10.00 | 250.0 | 20 | 20 | 0.00 | 5.00 | 0.50, 0.50 |")
                .contains("| mean | 200.0 | 40.0 | 40.0 | 0.00 | 15.00 | 200.0 | 20.0 | 20.0 | 0.00 | 7.50 |  |")
                .contains("| ratio B/A |  |  |  |  |  | 1.00 | 0.50 | 0.50 |  | 0.50 |  |");
    }

    @Test
    void aRoundWithoutItsCpuRecordLeavesTheMeanUnknownRatherThanWrong() throws Exception {
        run(dir.resolve("order-A1.csv"), "generate order", 100, 40);
        cpu(dir.resolve("order-A1.load"), 2.0);
        run(dir.resolve("order-B1.csv"), "generate order", 100, 40);
        cpu(dir.resolve("order-B1.load"), 2.0);
        run(dir.resolve("order-A2.csv"), "generate order", 100, 40);
        run(dir.resolve("order-B2.csv"), "generate order", 100, 40);
        cpu(dir.resolve("order-B2.load"), 1.0);

        String md = CompareReport.render(dir, true, "lab", "abc123", List.of("order"));

        assertThat(md).contains("| 2 | 100.0 | 40 | 40 | 0.00 | ? | 100.0 | 40 | 40 | 0.00 | 10.00 | ?, 0.50 |")
                .contains("| mean | 100.0 | 40.0 | 40.0 | 0.00 | ? | 100.0 | 40.0 | 40.0 | 0.00 | 15.00 |  |")
                .contains("| ratio B/A |  |  |  |  |  | 1.00 | 1.00 | 1.00 |  | ? |  |");
    }

    @Test
    void theBaselineShowsTheServicesCpuPerRequestOverAllRoundsAndSearchGetsADirectRow() throws Exception {
        // search through the gateway: 100 + 300 requests for 2 + 2 s of CPU = 10 ms; direct: 400 + 400 for 4 s
        run(dir.resolve("search-g1.csv"), "search", 100, 40);
        cpu(dir.resolve("search-g1.load"), 2.0);
        run(dir.resolve("search-d1.csv"), "search", 400, 20);
        cpu(dir.resolve("search-d1.load"), 2.0);
        run(dir.resolve("search-g2.csv"), "search", 300, 40);
        cpu(dir.resolve("search-g2.load"), 2.0);
        run(dir.resolve("search-d2.csv"), "search", 400, 20);
        cpu(dir.resolve("search-d2.load"), 2.0);
        run(dir.resolve("login.csv"), "login", 20, 100);
        load(dir.resolve("login.load"), 0.4, false, "0.4");

        String md = BaselineReport.render(dir, "# Baseline\n");

        assertThat(md).contains("| search | 400 | 200.0 | 40 | 40 | 40 | 0.00 % | 10.00 | 0.50 |")
                .contains("| login | 20 | 20.0 | 100 | 100 | 100 | 0.00 % | ? | 0.40 |")
                .contains("| search | 1 | 100.0 | 40 / 40 | 400.0 | 20 / 20 | 0.25 | 2.00 |")
                .contains("| search | all | 200.0 | 40 / 40 | 400.0 | 20 / 20 | 0.50 | 2.00 |");
    }
}
