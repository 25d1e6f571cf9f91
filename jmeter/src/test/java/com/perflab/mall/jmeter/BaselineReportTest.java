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
        Load quiet = new Load(0.3, 3, 20, 2, false, new double[] {1.0});
        Load busy = new Load(2.5, 85, 20, 60, true, new double[] {3.0});

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

        assertThat(md).contains("### home (sampler 'home content')").contains("| 1 | 100.0 | 40 | 150.0 | 20 | ?, ? |")
                .contains("| 2 | 300.0 | 40 | 250.0 | 20 | ?, busy (load 2.00, CPUs 85 %) |")
                .contains("| mean | 200.0 | 40.0 | 200.0 | 20.0 |  |").contains("| ratio B/A |  |  | 1.00 | 0.50 |  |");
        assertThat(text).contains("==> home").containsPattern("ratio B/A\\s+1\\.00\\s+0\\.50");
    }
}
