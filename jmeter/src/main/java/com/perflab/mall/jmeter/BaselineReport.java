package com.perflab.mall.jmeter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code document/baseline.md} from the result files that {@code ./mall bench baseline} kept, one per
 * run, named {@code <plan>.csv} (through the gateway) or {@code <plan>-direct.csv} (straight to mall-portal).
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
        md.append("## Through the gateway\n\n");
        table(md, results, "", ROWS);
        md.append("\n## Straight to mall-portal (no gateway)\n\n");
        md.append("The same plans with `-Dport=<portal port> -DportalBase=/`; the difference to the rows above is"
                + " what the gateway adds (routing, JWT filter, Sentinel, one more hop).\n\n");
        List<Row> direct = ROWS.stream().filter(r -> r.plan().equals("home") || r.plan().equals("product")).toList();
        table(md, results, "-direct", direct);
        return md.toString();
    }

    private static void table(StringBuilder md, Path results, String suffix, List<Row> rows) throws IOException {
        md.append("| interface | samples | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | errors |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        List<String> missing = new ArrayList<>();
        for (Row row : rows) {
            Path file = results.resolve(row.plan() + suffix + ".csv");
            Map<String, Jtl.Stats> stats = Files.isRegularFile(file) ? Jtl.read(file) : Map.of();
            Jtl.Stats s = stats.get(row.sampler());
            if (s == null) {
                missing.add(row.plan() + suffix);
                md.append("| ").append(row.title()).append(" | not run | | | | | |\n");
                continue;
            }
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %d | %d | %.2f %% |%n", row.title(),
                    s.count(), s.throughputPerSecond(), s.p50(), s.p95(), s.p99(), s.errorPercent()));
        }
        if (!missing.isEmpty()) {
            md.append("\nNo results for: ").append(String.join(", ", missing)).append(".\n");
        }
    }
}
