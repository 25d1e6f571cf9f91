package com.perflab.mall.jmeter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prints one line per sampler of every result file in a folder (throughput, p50/p95/p99, error %), so the
 * outcome of a run is readable at the end of the Maven output without opening the HTML dashboard.
 *
 * <p>Arguments: the results folder ({@code target/jmeter/results}) and the error threshold in percent, only to
 * mark the samplers above it (the jmeter-maven-plugin's {@code results} goal fails the build).
 */
public final class Summary {

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: Summary <results folder> [max error percent]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        double maxErrorPercent = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        List<Path> files = resultFiles(folder);
        if (files.isEmpty()) {
            System.err.println("No result files (*.csv) in " + folder + ": did the plan run? Look for JMeter's log"
                    + " in target/jmeter/logs.");
            return;
        }
        for (Path file : files) {
            print(file, Jtl.read(file), maxErrorPercent, System.out);
        }
    }

    static List<Path> resultFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
    }

    static void print(Path file, Map<String, Jtl.Stats> stats, double maxErrorPercent, PrintStream out) {
        String plan = file.getFileName().toString().replaceFirst("\\.csv$", "");
        out.println();
        out.println("==> " + plan + " (" + file + ")");
        out.println(String.format(Locale.ROOT, "%-26s %8s %9s %7s %7s %7s %7s %8s", "sampler", "samples", "req/s",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "errors"));
        for (Jtl.Stats s : stats.values()) {
            out.println(line(s, maxErrorPercent));
        }
        stats.values().stream().filter(s -> s.errors() > 0 && !Jtl.Stats.TOTAL.equals(s.label())).forEach(s ->
                out.println("    first error of '" + s.label() + "': " + oneLine(s.firstError())));
    }

    static String line(Jtl.Stats s, double maxErrorPercent) {
        String flag = s.errorPercent() > maxErrorPercent ? "  <-- above " + maxErrorPercent + " %" : "";
        return String.format(Locale.ROOT, "%-26s %8d %9.1f %7d %7d %7d %7d %7.2f%%%s", s.label(), s.count(),
                s.throughputPerSecond(), s.p50(), s.p95(), s.p99(), s.max(), s.errorPercent(), flag);
    }

    private static String oneLine(String message) {
        String flat = message.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
