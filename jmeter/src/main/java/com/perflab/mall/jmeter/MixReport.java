package com.perflab.mall.jmeter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares what a mixed run sent with the course's capacity mix: per business sampler its samples, the share
 * it reached among all business samples, the target share, the difference in percentage points, and a flag
 * when that is more than {@value #TOLERANCE_PP} point. Requests labelled {@value #SETUP_PREFIX} (they only
 * prepare a business request: a cart line to confirm, an order to pay) and any other label are listed apart
 * and do not count.
 *
 * <p>Arguments: the mix file ({@code jmeter/mix.csv}, which gen-plans.py writes into the plans too) and the
 * run's result file ({@code target/jmeter/results/mixed.csv}).
 */
public final class MixReport {

    static final String SETUP_PREFIX = "setup: ";
    static final double TOLERANCE_PP = 1.0;

    /** A business sampler and the percent of the business samples it should make. */
    record Target(String sampler, double percent) {
    }

    /** One business sampler of a run against its target. */
    record Share(Target target, Jtl.Stats stats, double achievedPercent) {

        long count() {
            return stats == null ? 0 : stats.count();
        }

        double differencePp() {
            return achievedPercent - target.percent();
        }

        boolean off() {
            return Math.abs(differencePp()) > TOLERANCE_PP;
        }
    }

    /**
     * A run split into the business samplers of the mix and everything else (set-up, unknown labels);
     * runSeconds spans the whole run, so a rare sampler's rate is over the run, not between its few samples.
     */
    record Comparison(List<Share> shares, long businessSamples, List<Jtl.Stats> apart, double runSeconds) {

        double perSecond(long count) {
            return runSeconds <= 0 ? 0 : count / runSeconds;
        }

        List<Share> off() {
            return shares.stream().filter(Share::off).toList();
        }
    }

    private MixReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: MixReport <mix.csv> <results .csv>");
            System.exit(2);
        }
        Path results = Path.of(args[1]);
        if (!Files.isRegularFile(results)) {
            System.err.println("No result file " + results + ": did the plan run?");
            System.exit(1);
        }
        print(compare(readMix(Path.of(args[0])), Jtl.read(results)), results, System.out);
    }

    /** The mix file: {@code sampler,percent} per line, '#' comments; the percents must sum to 100. */
    static List<Target> readMix(Path file) throws IOException {
        List<Target> mix = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int comma = text.lastIndexOf(',');
            if (comma <= 0) {
                throw new IllegalArgumentException(file + ": expected 'sampler,percent', got '" + text + "'");
            }
            mix.add(new Target(text.substring(0, comma).strip(), Double.parseDouble(text.substring(comma + 1))));
        }
        double sum = mix.stream().mapToDouble(Target::percent).sum();
        if (Math.abs(sum - 100) > 1e-6) {
            throw new IllegalArgumentException(file + ": the percents sum to " + sum + ", not 100");
        }
        return mix;
    }

    static Comparison compare(List<Target> mix, Map<String, Jtl.Stats> stats) {
        Map<String, Jtl.Stats> rest = new LinkedHashMap<>(stats);
        Jtl.Stats total = rest.remove(Jtl.Stats.TOTAL);
        double runSeconds = total == null || total.throughputPerSecond() == 0 ? 0
                : total.count() / total.throughputPerSecond();
        long business = mix.stream().map(t -> rest.get(t.sampler())).filter(s -> s != null)
                .mapToLong(Jtl.Stats::count).sum();
        List<Share> shares = new ArrayList<>();
        for (Target target : mix) {
            Jtl.Stats s = rest.remove(target.sampler());
            double achieved = s == null || business == 0 ? 0 : 100.0 * s.count() / business;
            shares.add(new Share(target, s, achieved));
        }
        return new Comparison(shares, business, List.copyOf(rest.values()), runSeconds);
    }

    static void print(Comparison c, Path results, PrintStream out) {
        out.println();
        out.println("==> mix of " + results + ": business samplers only ('" + SETUP_PREFIX + "' requests apart)");
        out.println(String.format(Locale.ROOT, "%-22s %8s %9s %8s %8s %9s %7s %8s", "sampler", "samples",
                "achieved", "target", "diff pp", "req/s", "p99 ms", "errors"));
        for (Share s : c.shares()) {
            out.println(line(s, c));
        }
        out.println(String.format(Locale.ROOT, "%-22s %8d %8.2f%% %7.2f%% %8s %9.1f", "business total",
                c.businessSamples(), c.businessSamples() == 0 ? 0.0 : 100.0,
                c.shares().stream().mapToDouble(s -> s.target().percent()).sum(), "", c.perSecond(c.businessSamples())));
        if (!c.apart().isEmpty()) {
            long apart = c.apart().stream().mapToLong(Jtl.Stats::count).sum();
            out.println(String.format(Locale.ROOT, "not counted (set-up and other requests): %d samples", apart));
            for (Jtl.Stats s : c.apart()) {
                out.println(String.format(Locale.ROOT, "  %-29s %8d %9.1f %7d %7.2f%%", s.label(), s.count(),
                        c.perSecond(s.count()), s.p99(), s.errorPercent()));
            }
        }
        List<Share> off = c.off();
        out.println(off.isEmpty()
                ? String.format(Locale.ROOT, "mix: every business sampler within %.1f pp of its target", TOLERANCE_PP)
                : String.format(Locale.ROOT, "mix: %d of %d business samplers more than %.1f pp off: %s", off.size(),
                        c.shares().size(), TOLERANCE_PP,
                        String.join(", ", off.stream().map(s -> s.target().sampler()).toList())));
    }

    /** req/s is the sampler's samples over the whole run. */
    static String line(Share s, Comparison c) {
        Jtl.Stats st = s.stats();
        return String.format(Locale.ROOT, "%-22s %8d %8.2f%% %7.2f%% %+8.2f %9.1f %7d %7.2f%%%s",
                s.target().sampler(), s.count(), s.achievedPercent(), s.target().percent(), s.differencePp(),
                c.perSecond(s.count()), st == null ? 0 : st.p99(),
                st == null ? 0.0 : st.errorPercent(),
                s.off() ? String.format(Locale.ROOT, "  <-- more than %.1f pp off", TOLERANCE_PP) : "");
    }
}
