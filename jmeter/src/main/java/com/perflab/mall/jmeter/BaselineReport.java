package com.perflab.mall.jmeter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code document/baseline.md} from the result files that {@code ./mall bench baseline} kept, one per
 * run: {@code <plan>.csv} (through the gateway), or for the plans with a direct variant the interlaced rounds
 * {@code <plan>-g1.csv, <plan>-d1.csv, <plan>-g2.csv, ...} (gateway, direct, gateway, ...). Next to each the
 * launcher leaves {@code <run>.load}, the load average before and during the run ({@link Load}).
 *
 * <p>Arguments: the folder of kept results, the Markdown file to write, and a file of text placed above the
 * tables (machine, data scale, versions, the command; the launcher writes it, since it knows them).
 */
public final class BaselineReport {

    /** Plan file, the sampler it exists to measure, and the name in the table; in the course's order. */
    record Row(String plan, String sampler, String title) {
    }

    static final List<Row> ROWS = List.of(
            new Row("home", "home content", "home content"),
            new Row("login", "login", "login"),
            new Row("member-info", "member info", "member info"),
            new Row("category", "category tree", "category tree"),
            new Row("category", "category products", "category products (search by category)"),
            new Row("product", "product detail", "product detail"),
            new Row("search", "search", "search"),
            new Row("cart-add", "add cart", "add to cart"),
            new Row("cart-list", "cart list promotion", "cart list with promotion"),
            new Row("confirm-order", "confirm order", "confirm order"),
            new Row("generate-order", "generate order", "generate order"),
            new Row("pay", "pay", "pay"),
            new Row("order-list", "order list", "order list (unpaid)"),
            new Row("order-detail", "order detail", "order detail (paid)"));

    /** The sampler a plan's figures are read from: its interface's, else the plan's TOTAL (mixed, stability). */
    static String samplerOf(String plan) {
        return ROWS.stream().filter(r -> r.plan().equals(plan)).map(Row::sampler).findFirst().orElse(Jtl.Stats.TOTAL);
    }

    private BaselineReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: BaselineReport <kept results folder> <baseline.md> <header file>");
            System.exit(2);
        }
        Path results = Path.of(args[0]);
        String header = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
        String markdown = render(results, header);
        Files.writeString(Path.of(args[1]), markdown, StandardCharsets.UTF_8);
        System.out.println("Wrote " + args[1]);
    }

    static String render(Path results, String header) throws IOException {
        StringBuilder md = new StringBuilder(header.strip()).append("\n\n");
        md.append("## Load average\n\n").append(loadSummary(results)).append("\n\n");
        md.append("## Through the gateway\n\n");
        gatewayTable(md, results);
        md.append("\n## Gateway and direct, interlaced\n\n");
        md.append("The reads that one service answers on its own (home and product: mall-portal; search:"
                + " mall-search) ran in rounds, gateway then direct (`-Dport=<service port> -DportalBase=/"
                + " -DsearchBase=/`), gateway, direct, ..., each round half the duration, so both see the same"
                + " machine; a ratio below 1 in throughput (above 1 in p99) is what the gateway costs (routing, JWT"
                + " filter, Sentinel, one more hop). The reads of a member (member info, cart list) cannot have a"
                + " direct variant: their services answer only requests that carry the identity the gateway"
                + " signs.\n\n");
        directTable(md, results);
        return md.toString();
    }

    /** Where the rows of a run are: the single run, else the gateway rounds of an interlaced plan. */
    private static List<Path> gatewayRuns(Path results, String plan) {
        Path single = results.resolve(plan + ".csv");
        return Files.isRegularFile(single) ? List.of(single) : rounds(results, plan, "g");
    }

    private static List<Path> rounds(Path results, String plan, String variant) {
        List<Path> files = new ArrayList<>();
        for (int round = 1; Files.isRegularFile(results.resolve(plan + "-" + variant + round + ".csv")); round++) {
            files.add(results.resolve(plan + "-" + variant + round + ".csv"));
        }
        return files;
    }

    private static Load load(List<Path> runs) throws IOException {
        List<Load> loads = new ArrayList<>();
        for (Path run : runs) {
            loads.add(Load.besideRun(run));
        }
        return Load.merge(loads);
    }

    private static void gatewayTable(StringBuilder md, Path results) throws IOException {
        md.append("| interface | samples | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | errors"
                + " | services' CPU ms/req | load before | load during (min / mean / max) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        List<String> missing = new ArrayList<>();
        for (Row row : ROWS) {
            List<Path> runs = gatewayRuns(results, row.plan());
            Jtl.Stats s = runs.isEmpty() ? null : Jtl.read(runs).get(row.sampler());
            if (s == null) {
                missing.add(row.plan());
                md.append("| ").append(row.title()).append(" | not run | | | | | | | | |\n");
                continue;
            }
            Load load = load(runs);
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %d | %d | %.2f %% | %s | %s | %s |%n",
                    row.title(), s.count(), s.throughputPerSecond(), s.p50(), s.p95(), s.p99(), s.errorPercent(),
                    cpuPerRequest(load, s), Load.describeBefore(load), Load.describeDuring(load)));
        }
        if (!missing.isEmpty()) {
            md.append("\nNo results for: ").append(String.join(", ", missing.stream().distinct().toList()))
                    .append(".\n");
        }
    }

    private static void directTable(StringBuilder md, Path results) throws IOException {
        md.append("| interface | round | gateway req/s | gateway p50 / p99 (ms) | direct req/s | direct p50 / p99 (ms)"
                + " | ratio gateway/direct req/s | ratio gateway/direct p99 | load before gateway, direct |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        boolean any = false;
        for (Row row : ROWS) {
            List<Path> gateway = rounds(results, row.plan(), "g");
            List<Path> direct = rounds(results, row.plan(), "d");
            if (direct.isEmpty() || row.sampler().equals("category products")) {
                continue;
            }
            any = true;
            for (int i = 0; i < Math.max(gateway.size(), direct.size()); i++) {
                List<Path> g = i < gateway.size() ? List.of(gateway.get(i)) : List.of();
                List<Path> d = i < direct.size() ? List.of(direct.get(i)) : List.of();
                directRow(md, row, String.valueOf(i + 1), g, d);
            }
            directRow(md, row, "all", gateway, direct);
        }
        if (!any) {
            md.append("| (no direct runs) | | | | | | | | |\n");
        }
    }

    private static void directRow(StringBuilder md, Row row, String round, List<Path> gateway, List<Path> direct)
            throws IOException {
        Jtl.Stats g = gateway.isEmpty() ? null : Jtl.read(gateway).get(row.sampler());
        Jtl.Stats d = direct.isEmpty() ? null : Jtl.read(direct).get(row.sampler());
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s, %s |%n", row.title(), round,
                g == null ? "not run" : String.format(Locale.ROOT, "%.1f", g.throughputPerSecond()), latency(g),
                d == null ? "not run" : String.format(Locale.ROOT, "%.1f", d.throughputPerSecond()), latency(d),
                g == null || d == null ? "" : ratio(g.throughputPerSecond(), d.throughputPerSecond()),
                g == null || d == null ? "" : ratio(g.p99(), d.p99()),
                Load.describeBefore(load(gateway)), Load.describeBefore(load(direct))));
    }

    /**
     * The CPU time the six services used per sample of the interface's sampler while its plan ran, in ms: set-up
     * calls of the plan (the login of a member plan, the cart line of an order) are in it; "?" when not recorded.
     * Category's two samplers share one run, so both show the run's CPU divided by their own count.
     */
    static String cpuPerRequest(Load load, Jtl.Stats s) {
        return Load.describeCpuMillis(load == null ? -1 : load.cpuMillisPer(s.count()));
    }

    private static String latency(Jtl.Stats s) {
        return s == null ? "" : s.p50() + " / " + s.p99();
    }

    static String ratio(double a, double b) {
        return b == 0 ? "?" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    /** What the load average was around the runs, said plainly: "settled" only when every run started so. */
    static String loadSummary(Path results) throws IOException {
        Map<String, Load> loads = new LinkedHashMap<>();
        try (var listing = Files.list(results)) {
            for (Path file : listing.filter(p -> p.getFileName().toString().endsWith(".load")).sorted().toList()) {
                loads.put(file.getFileName().toString().replaceFirst("\\.load$", ""), Load.read(file));
            }
        }
        if (loads.isEmpty()) {
            return "The load average was not recorded for these runs: nothing says whether the machine was quiet.";
        }
        var before = loads.values().stream().mapToDouble(Load::before).summaryStatistics();
        double threshold = loads.values().iterator().next().threshold();
        List<String> busy = loads.entrySet().stream().filter(e -> e.getValue().busy()).map(Map.Entry::getKey).toList();
        double[] during = loads.values().stream().flatMapToDouble(l -> Arrays.stream(l.during())).toArray();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "1-minute load average when each of the %d runs started: %.2f to %.2f. Before each run the launcher"
                        + " waited until the CPUs were less than %.0f %% busy over 3 s (settled; the load average lags"
                        + " a minute behind, so it is recorded, not waited for). ",
                loads.size(), before.getMin(), before.getMax(), threshold));
        if (busy.isEmpty()) {
            text.append("Every run started on a settled machine.");
        } else {
            text.append(String.format(Locale.ROOT, "**The machine was busy: %d of %d runs started with the CPUs"
                            + " %.0f %% busy or more** (%s); their figures are below what the lab can do and not"
                            + " comparable with a recording on a quiet machine.", busy.size(), loads.size(), threshold,
                    String.join(", ", busy)));
        }
        if (during.length > 0) {
            var d = Arrays.stream(during).summaryStatistics();
            text.append(String.format(Locale.ROOT, " During the runs it was %.2f to %.2f (mean %.2f): JMeter and the"
                    + " services share the machine's cores, so every run loads it by itself.",
                    d.getMin(), d.getMax(), d.getAverage()));
        }
        return text.toString();
    }
}
