package com.perflab.mall.jmeter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints what {@code ./mall bench compare} measured: per plan, the rounds of build A (the running lab) and build
 * B (the ref; or {@code ./mall bench exercise}: the tuned lab and the exercise on) run in turn (A B, B A, ...), their
 * throughput, p50, p99, failed share and the CPU time the build's services used per
 * sample of the plan's sampler (an iteration of the plan: the set-up calls it makes are in it), the means and the
 * ratio B/A. A ratio above 1 in throughput (below 1 in p99 and CPU) means B is faster. On a machine that the load
 * generator and the middleware share with the services, the CPU per request varies far less between rounds than
 * the throughput does.
 *
 * <p>Arguments: the folder holding {@code <plan>-A<round>.csv} / {@code <plan>-B<round>.csv} (and their
 * {@code .load} files), {@code text} or {@code markdown}, the labels of A and B, then the plans.
 */
public final class CompareReport {

    private CompareReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: CompareReport <results folder> text|markdown <label A> <label B> <plan>...");
            System.exit(2);
        }
        List<String> plans = List.of(args).subList(4, args.length);
        System.out.print(render(Path.of(args[0]), args[1].equals("markdown"), args[2], args[3], plans));
    }

    static String render(Path results, boolean markdown, String labelA, String labelB, List<String> plans)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(markdown ? "A = " + labelA + ", B = " + labelB + ". Ratio B/A above 1 in req/s (below 1 in p99 and"
                + " CPU ms/req, the services' CPU time per request) means B is faster; err % is the share of failed samples.\n" : "A = " + labelA + "\nB = " + labelB + "\n");
        for (String plan : plans) {
            String sampler = BaselineReport.samplerOf(plan);
            out.append('\n').append(markdown ? "### " : "==> ").append(plan).append(" (sampler '").append(sampler)
                    .append("')\n").append(markdown ? "\n" : "");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"round", "A req/s", "A p50 ms", "A p99 ms", "A err %", "A CPU ms/req", "B req/s",
                "B p50 ms", "B p99 ms", "B err %", "B CPU ms/req", "load before A, B"});
            Side a = new Side();
            Side b = new Side();
            for (int round = 1; ; round++) {
                Path csvA = results.resolve(plan + "-A" + round + ".csv");
                Path csvB = results.resolve(plan + "-B" + round + ".csv");
                if (!Files.isRegularFile(csvA) && !Files.isRegularFile(csvB)) {
                    break;
                }
                Run runA = Run.of(csvA, sampler);
                Run runB = Run.of(csvB, sampler);
                rows.add(new String[] {String.valueOf(round), runA.rate(), runA.p50(), runA.p99(), runA.errors(), runA.cpu(),
                    runB.rate(), runB.p50(), runB.p99(), runB.errors(), runB.cpu(),
                    Load.describeBefore(runA.load) + ", " + Load.describeBefore(runB.load)});
                if (runA.stats != null && runB.stats != null) {
                    a.add(runA);
                    b.add(runB);
                }
            }
            if (a.rounds == 0) {
                out.append("no complete round (A and B both with results)\n");
                continue;
            }
            rows.add(new String[] {"mean", f1(a.rate()), f1(a.p50()), f1(a.p99()), f2(a.errorPercent()), a.cpu(),
                f1(b.rate()), f1(b.p50()), f1(b.p99()), f2(b.errorPercent()), b.cpu(), ""});
            rows.add(new String[] {"ratio B/A", "", "", "", "", "", BaselineReport.ratio(b.rate(), a.rate()),
                BaselineReport.ratio(b.p50(), a.p50()), BaselineReport.ratio(b.p99(), a.p99()), "",
                a.cpuKnown() && b.cpuKnown() ? BaselineReport.ratio(b.cpuPerRequest(), a.cpuPerRequest()) : "?", ""});
            out.append(table(rows, markdown));
        }
        return out.toString();
    }

    /** One measured run: the plan's sampler in its results, and the launcher's record of the machine around it. */
    private record Run(Jtl.Stats stats, Load load) {

        static Run of(Path csv, String sampler) throws IOException {
            return Files.isRegularFile(csv) ? new Run(Jtl.read(csv).get(sampler), Load.besideRun(csv))
                    : new Run(null, null);
        }

        /** The services' CPU time per sample of the plan's sampler in ms, or -1 when it was not recorded. */
        double cpuPerRequest() {
            return stats == null || load == null ? -1 : load.cpuMillisPer(stats.count());
        }

        String rate() {
            return stats == null ? "not run" : f1(stats.throughputPerSecond());
        }

        String p50() {
            return stats == null ? "" : String.valueOf(stats.p50());
        }

        String p99() {
            return stats == null ? "" : String.valueOf(stats.p99());
        }

        String errors() {
            return stats == null ? "" : f2(stats.errorPercent());
        }

        String cpu() {
            return Load.describeCpuMillis(cpuPerRequest());
        }
    }

    /** The complete rounds of one build, for the means: the CPU mean only when every round recorded it. */
    private static final class Side {
        private double rate;
        private double p50;
        private double p99;
        private long samples;
        private long errors;
        private double cpu;
        private boolean cpuKnown = true;
        private int rounds;

        void add(Run run) {
            rate += run.stats().throughputPerSecond();
            p50 += run.stats().p50();
            p99 += run.stats().p99();
            samples += run.stats().count();
            errors += run.stats().errors();
            double perRequest = run.cpuPerRequest();
            cpuKnown &= perRequest >= 0;
            cpu += perRequest;
            rounds++;
        }

        double rate() {
            return rate / rounds;
        }

        double p50() {
            return p50 / rounds;
        }

        double p99() {
            return p99 / rounds;
        }

        /** Failed samples of all rounds over all samples, in percent. */
        double errorPercent() {
            return samples == 0 ? 0 : 100.0 * errors / samples;
        }

        boolean cpuKnown() {
            return cpuKnown;
        }

        double cpuPerRequest() {
            return cpuKnown ? cpu / rounds : -1;
        }

        String cpu() {
            return Load.describeCpuMillis(cpuPerRequest());
        }
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A Markdown table, or the same aligned in columns for a terminal. */
    static String table(List<String[]> rows, boolean markdown) {
        StringBuilder out = new StringBuilder();
        if (markdown) {
            for (int r = 0; r < rows.size(); r++) {
                out.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
                if (r == 0) {
                    out.append("|---").append("|---:".repeat(rows.get(0).length - 2)).append("|---|\n");
                }
            }
            return out.toString();
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(String.format(Locale.ROOT, c == 0 || c == row.length - 1 ? "%-" + width[c] + "s  "
                        : "%" + width[c] + "s  ", row[c]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
