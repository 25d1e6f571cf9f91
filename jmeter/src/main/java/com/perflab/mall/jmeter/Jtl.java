package com.perflab.mall.jmeter;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JMeter result file in CSV form (the jmeter-maven-plugin's {@code resultsFileFormat=csv}, with its
 * header line) into statistics per sampler label, computed from every sample rather than JMeter's
 * approximations.
 */
final class Jtl {

    private Jtl() {
    }

    /** Statistics per label, in the order labels first appear, plus {@link Stats#TOTAL}. */
    static Map<String, Stats> read(Path file) throws IOException {
        return read(List.of(file));
    }

    /**
     * Statistics of several runs of one plan taken together (rounds run at different times): percentiles over
     * every sample; throughput over the runs' summed spans, so the pause between rounds does not count.
     */
    static Map<String, Stats> read(List<Path> files) throws IOException {
        Map<String, Samples> byLabel = new LinkedHashMap<>();
        Samples all = new Samples();
        for (Path file : files) {
            readInto(file, byLabel, all);
            byLabel.values().forEach(Samples::endRun);
            all.endRun();
        }
        Map<String, Stats> result = new LinkedHashMap<>();
        byLabel.forEach((name, samples) -> result.put(name, samples.stats(name)));
        if (!byLabel.isEmpty()) {
            result.put(Stats.TOTAL, all.stats(Stats.TOTAL));
        }
        return result;
    }

    private static void readInto(Path file, Map<String, Samples> byLabel, Samples all) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                return;
            }
            List<String> header = parse(headerLine);
            int ts = column(header, "timeStamp", file);
            int elapsed = column(header, "elapsed", file);
            int label = column(header, "label", file);
            int success = column(header, "success", file);
            int failure = header.indexOf("failureMessage");
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                // a quoted value may span lines (a failure message with a newline): join until the quotes close
                StringBuilder record = new StringBuilder(line);
                String more;
                while (openQuote(record) && (more = in.readLine()) != null) {
                    record.append('\n').append(more);
                }
                List<String> row = parse(record.toString());
                if (row.size() <= Math.max(Math.max(ts, elapsed), Math.max(label, success))) {
                    continue;
                }
                long start = Long.parseLong(row.get(ts));
                long took = Long.parseLong(row.get(elapsed));
                boolean ok = Boolean.parseBoolean(row.get(success));
                String message = failure >= 0 && failure < row.size() ? row.get(failure) : "";
                byLabel.computeIfAbsent(row.get(label), k -> new Samples()).add(start, took, ok, message);
                all.add(start, took, ok, message);
            }
        }
    }

    private static int column(List<String> header, String name, Path file) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(file + " has no '" + name + "' column: is it a CSV result file"
                    + " written with its header (jmeter.save.saveservice.print_field_names=true)?");
        }
        return index;
    }

    private static boolean openQuote(CharSequence text) {
        long quotes = text.chars().filter(c -> c == '"').count();
        return quotes % 2 == 1;
    }

    /** One CSV line: commas separate, double quotes enclose, a doubled quote is a quote. */
    static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** The figures a performance engineer reads first, per sampler. */
    record Stats(String label, long count, long errors, double throughputPerSecond, long p50, long p95, long p99,
                 long max, String firstError) {

        static final String TOTAL = "TOTAL";

        double errorPercent() {
            return count == 0 ? 0 : 100.0 * errors / count;
        }
    }

    private static final class Samples {
        private long[] elapsed = new long[1024];
        private int size;
        private long errors;
        private long first = Long.MAX_VALUE;
        private long last = Long.MIN_VALUE;
        private long endedRunsMillis; // spans of the runs read before the current one
        private String firstError = "";

        void add(long start, long took, boolean ok, String message) {
            if (size == elapsed.length) {
                elapsed = Arrays.copyOf(elapsed, size * 2);
            }
            elapsed[size++] = took;
            first = Math.min(first, start);
            last = Math.max(last, start + took);
            if (!ok) {
                if (errors == 0) {
                    firstError = message;
                }
                errors++;
            }
        }

        void endRun() {
            if (first <= last) {
                endedRunsMillis += last - first;
            }
            first = Long.MAX_VALUE;
            last = Long.MIN_VALUE;
        }

        Stats stats(String label) {
            long[] sorted = Arrays.copyOf(elapsed, size);
            Arrays.sort(sorted);
            // JMeter's definition: samples over the span from the first start to the last end (summed over runs)
            long current = first <= last ? last - first : 0;
            double seconds = Math.max(1, endedRunsMillis + current) / 1000.0;
            return new Stats(label, size, errors, size / seconds, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1], firstError);
        }

        /** Nearest-rank percentile. */
        private static long percentile(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }
}
