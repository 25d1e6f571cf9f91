package com.perflab.mall.jmeter;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * How busy the machine was around one run, as {@code ./mall bench} recorded it next to the result file
 * ({@code <run>.load}): the 1-minute load average when the run started ({@code before}), how busy the CPUs were
 * over the 3 s before it ({@code cpu}, percent; -1 in records older than that), whether the launcher gave up
 * waiting for them to fall below {@code threshold} percent (busy), and the load average sampled while the run
 * went on. A run's own JMeter and services raise the load too, so "during" is never quiet; "before" tells
 * whether something else was running. {@code servicesCpuSeconds} is the CPU time the measured lab's six services
 * used while JMeter ran (-1 when not recorded): divided by the requests, the cost of one, which on a shared
 * machine varies far less than throughput does.
 */
record Load(double before, double cpu, double threshold, long waitedSeconds, boolean busy, double[] during,
            double servicesCpuSeconds) {

    /** The record of a run, or null when the launcher wrote none (results from before it sampled the load). */
    static Load read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String during = p.getProperty("during", "").trim();
        return new Load(Double.parseDouble(p.getProperty("before", "0")),
                Double.parseDouble(p.getProperty("cpu", "-1")), Double.parseDouble(p.getProperty("threshold", "0")), Long.parseLong(p.getProperty("waited", "0")),
                Boolean.parseBoolean(p.getProperty("busy", "false")),
                during.isEmpty() ? new double[0] : Arrays.stream(during.split("\\s+")).mapToDouble(Double::parseDouble)
                        .toArray(),
                Double.parseDouble(p.getProperty("services_cpu_seconds", "-1")));
    }

    /** The record the launcher left beside a result file ({@code <run>.csv} -> {@code <run>.load}), or null. */
    static Load besideRun(Path csv) throws IOException {
        return read(csv.resolveSibling(csv.getFileName().toString().replaceFirst("\\.csv$", ".load")));
    }

    /** Several rounds as one row: the worst start, every sample taken during them. */
    static Load merge(Collection<Load> rounds) {
        List<Load> known = rounds.stream().filter(l -> l != null).toList();
        if (known.isEmpty()) {
            return null;
        }
        Load worst = known.stream().max((a, b) -> Double.compare(a.before(), b.before())).orElseThrow();
        return new Load(worst.before(), known.stream().mapToDouble(Load::cpu).max().orElse(-1), worst.threshold(),
                known.stream().mapToLong(Load::waitedSeconds).sum(), known.stream().anyMatch(Load::busy),
                known.stream().flatMapToDouble(l -> Arrays.stream(l.during())).toArray(),
                known.stream().allMatch(l -> l.servicesCpuSeconds() >= 0)
                        ? known.stream().mapToDouble(Load::servicesCpuSeconds).sum() : -1);
    }

    /** The services' CPU time per request in ms, for COUNT requests; -1 when it was not recorded. */
    double cpuMillisPer(long count) {
        return servicesCpuSeconds < 0 || count <= 0 ? -1 : 1000 * servicesCpuSeconds / count;
    }

    /** "1.25" (ms), or "?" when not known. */
    static String describeCpuMillis(double millis) {
        return millis < 0 ? "?" : String.format(Locale.ROOT, "%.2f", millis);
    }

    /** "0.42", or "busy (load 3.10, CPUs 85 %)" when the CPUs did not settle below the threshold in time. */
    String describeBefore() {
        if (!busy) {
            return String.format(Locale.ROOT, "%.2f", before);
        }
        return cpu < 0 ? String.format(Locale.ROOT, "busy (load %.2f)", before)
                : String.format(Locale.ROOT, "busy (load %.2f, CPUs %.0f %%)", before, cpu);
    }

    /** "min / mean / max" of the samples taken during the run. */
    String describeDuring() {
        if (during.length == 0) {
            return "?";
        }
        var s = Arrays.stream(during).summaryStatistics();
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", s.getMin(), s.getAverage(), s.getMax());
    }

    static String describeBefore(Load load) {
        return load == null ? "?" : load.describeBefore();
    }

    static String describeDuring(Load load) {
        return load == null ? "?" : load.describeDuring();
    }
}
