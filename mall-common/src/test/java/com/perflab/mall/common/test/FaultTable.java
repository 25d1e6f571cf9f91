package com.perflab.mall.common.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * What a fault test measured, one row per request: service, path, store, fault, status, wall time and the
 * exception the service resolved (its cause chain, outermost first). Rows are printed and appended to
 * {@code target/fault-table.md} of the module, so the measured table can be copied into the docs.
 */
public final class FaultTable {

    /** One measured request. */
    public record Row(String service, String path, String store, String fault, int status, long millis,
            String exception) {
    }

    private final String service;
    private final List<Row> rows = new ArrayList<>();

    public FaultTable(String service) {
        this.service = service;
    }

    public synchronized Row add(String path, String store, String fault, int status, long millis, Throwable resolved) {
        Row row = new Row(service, path, store, fault, status, millis, chain(resolved));
        rows.add(row);
        String line = "| " + service + " | " + path + " | " + store + " | " + fault + " | " + status + " | "
                + millis + " ms | " + row.exception() + " |";
        System.out.println("FAULT-TABLE " + line);
        try {
            Path file = Path.of("target", "fault-table.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return row;
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Simple class names of the cause chain, e.g. {@code CannotGetJdbcConnectionException < SQLTransientConnectionException}. */
    public static String chain(Throwable ex) {
        if (ex == null) {
            return "-";
        }
        StringJoiner joiner = new StringJoiner(" < ");
        int depth = 0;
        for (Throwable t = ex; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause(), depth++) {
            joiner.add(t.getClass().getSimpleName());
        }
        return joiner.toString();
    }
}
