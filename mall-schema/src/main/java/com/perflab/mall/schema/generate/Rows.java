package com.perflab.mall.schema.generate;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Builds one table's multi-row INSERT as SQL text and hands it to the writer every {@code batchRows} rows.
 * Text is built directly (no driver-side parameter binding): for millions of rows that is the cheapest way to
 * keep both cores on the server's work. Money is passed in cents, times in seconds of the database's clock.
 */
final class Rows {

    private final BulkWriter writer;
    private final String table;
    private final String head;
    private final int batchRows;
    private final StringBuilder sql = new StringBuilder(1 << 16);
    private int rows;
    private boolean firstValue;

    Rows(BulkWriter writer, String table, String columns, int batchRows) {
        this.writer = writer;
        this.table = table;
        this.head = "INSERT INTO " + table + " (" + columns + ") VALUES ";
        this.batchRows = batchRows;
        sql.append(head);
    }

    Rows row() {
        if (rows > 0) {
            sql.append(',');
        }
        sql.append('(');
        firstValue = true;
        return this;
    }

    void end() {
        sql.append(')');
        if (++rows >= batchRows) {
            flush();
        }
    }

    void flush() {
        if (rows > 0) {
            writer.submit(table, sql.toString(), rows);
            sql.setLength(0);
            sql.append(head);
            rows = 0;
        }
    }

    private StringBuilder next() {
        if (!firstValue) {
            sql.append(',');
        }
        firstValue = false;
        return sql;
    }

    Rows num(long v) {
        next().append(v);
        return this;
    }

    Rows numOrNull(Long v) {
        return v == null ? nul() : num(v);
    }

    Rows nul() {
        next().append("NULL");
        return this;
    }

    /** A DECIMAL(10,2) from cents. */
    Rows money(long cents) {
        appendMoney(next(), cents);
        return this;
    }

    Rows moneyOrNull(Long cents) {
        return cents == null ? nul() : money(cents);
    }

    Rows str(String s) {
        if (s == null) {
            return nul();
        }
        StringBuilder b = next().append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\'' -> b.append("''");
                case '\\' -> b.append("\\\\");
                case '\0' -> b.append("\\0");
                default -> b.append(c);
            }
        }
        b.append('\'');
        return this;
    }

    /** A DATETIME from seconds since the epoch of the database's local clock (read from the server at the start). */
    Rows time(long seconds) {
        StringBuilder b = next().append('\'');
        appendTime(b, seconds);
        b.append('\'');
        return this;
    }

    Rows timeOrNull(long seconds) {
        return seconds <= 0 ? nul() : time(seconds);
    }

    static void appendMoney(StringBuilder b, long cents) {
        if (cents < 0) {
            b.append('-');
            cents = -cents;
        }
        b.append(cents / 100).append('.');
        long c = cents % 100;
        if (c < 10) {
            b.append('0');
        }
        b.append(c);
    }

    static void appendTime(StringBuilder b, long seconds) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        b.append(t.getYear()).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append(' ');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        two(b, t.getSecond());
    }

    /** yyyyMMdd of a time, as the order numbers start. */
    static void appendDay(StringBuilder b, long seconds) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        b.append(t.getYear());
        two(b, t.getMonthValue());
        two(b, t.getDayOfMonth());
    }

    private static StringBuilder two(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        return b.append(v);
    }
}
