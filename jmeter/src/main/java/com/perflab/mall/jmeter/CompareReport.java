package com.perflab.mall.jmeter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints what {@code ./mall bench compare} measured: per plan, the rounds of build A (the running lab) and build
 * B (the ref) run in turn (A B, B A, ...), their throughput and p99, the means and the ratio B/A. A ratio above 1
 * in throughput (below 1 in p99) means B is faster.
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
        List<String> plans = Arrays.asList(args).subList(4, args.length);
        System.out.print(render(Path.of(args[0]), args[1].equals("markdown"), args[2], args[3], plans));
    }

    static String render(Path results, boolean markdown, String labelA, String labelB, List<String> plans)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(markdown ? "A = " + labelA + ", B = " + labelB + ". Ratio B/A above 1 in req/s (below 1 in p99)"
                + " means B is faster.\n" : "A = " + labelA + "\nB = " + labelB + "\n");
        for (String plan : plans) {
            String sampler = BaselineReport.samplerOf(plan);
            out.append('\n').append(markdown ? "### " : "==> ").append(plan).append(" (sampler '").append(sampler)
                    .append("')\n").append(markdown ? "\n" : "");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"round", "A req/s", "A p99 ms", "B req/s", "B p99 ms", "load before A, B"});
            double[] sums = new double[4];
            int counted = 0;
            for (int round = 1; ; round++) {
                Path a = results.resolve(plan + "-A" + round + ".csv");
                Path b = results.resolve(plan + "-B" + round + ".csv");
                if (!Files.isRegularFile(a) && !Files.isRegularFile(b)) {
                    break;
                }
                Jtl.Stats sa = stats(a, sampler);
                Jtl.Stats sb = stats(b, sampler);
                rows.add(new String[] {String.valueOf(round), rate(sa), p99(sa), rate(sb), p99(sb),
                        before(a) + ", " + before(b)});
                if (sa != null && sb != null) {
                    sums[0] += sa.throughputPerSecond();
                    sums[1] += sa.p99();
                    sums[2] += sb.throughputPerSecond();
                    sums[3] += sb.p99();
                    counted++;
                }
            }
            if (counted == 0) {
                out.append("no complete round (A and B both with results)\n");
                continue;
            }
            final int rounds = counted;
            double[] mean = Arrays.stream(sums).map(v -> v / rounds).toArray();
            rows.add(new String[] {"mean", f1(mean[0]), f1(mean[1]), f1(mean[2]), f1(mean[3]), ""});
            rows.add(new String[] {"ratio B/A", "", "", BaselineReport.ratio(mean[2], mean[0]),
                    BaselineReport.ratio(mean[3], mean[1]), ""});
            out.append(table(rows, markdown));
        }
        return out.toString();
    }

    private static Jtl.Stats stats(Path csv, String sampler) throws IOException {
        return Files.isRegularFile(csv) ? Jtl.read(csv).get(sampler) : null;
    }

    private static String before(Path csv) throws IOException {
        return Load.describeBefore(Load.besideRun(csv));
    }

    private static String rate(Jtl.Stats s) {
        return s == null ? "not run" : f1(s.throughputPerSecond());
    }

    private static String p99(Jtl.Stats s) {
        return s == null ? "" : String.valueOf(s.p99());
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
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
