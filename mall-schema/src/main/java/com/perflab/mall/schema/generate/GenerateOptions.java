package com.perflab.mall.schema.generate;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

/** The command line of {@code generate}; every mistake is reported with the option it concerns. */
record GenerateOptions(long members, long products, long orders, String database, long seed, boolean csvOnly,
                       Path csvDir, int threads, int batchRows, boolean history, int months, boolean help,
                       boolean checkOnly) {

    static final String USAGE = """
            usage: mall-schema generate [--members N] [--products N] [--orders N] [options]
              --members N     members to add (1-3 addresses each, password 123456)
              --products N    products to add (1-4 SKUs each) over the existing brands and categories
              --orders N      historical orders to add (~2.5 items each) for members with a default address
              --db NAME       database (default: MALL_DB_NAME, else mall)
              --seed S        random seed (default 42): the same seed on the same database gives the same rows
              --csv-only      generate nothing, only write the JMeter CSV files from what the database holds
              --csv-dir DIR   where members.csv and products.csv go (default jmeter/data)
              --threads N     writer connections (default 2)
              --batch N       rows per multi-row INSERT (default 1000)
              --history       also write oms_order_operate_history (one row per status change; slower)
              --months N      spread orders over the last N months (default 6)
              --check         only check these arguments (the launcher does, before it migrates anything)
            Rows are added after the highest existing ids, so a second run adds rows and clashes with nothing.
            The database comes from MALL_DB_HOST, MALL_DB_PORT, MALL_DB_USERNAME, MALL_DB_PASSWORD (+ --db).""";

    static GenerateOptions parse(String[] args) {
        long members = 0;
        long products = 0;
        long orders = 0;
        String database = null;
        long seed = 42;
        boolean csvOnly = false;
        Path csvDir = Path.of("jmeter", "data");
        int threads = 2;
        int batch = 1000;
        boolean history = false;
        int months = 6;
        boolean check = false;
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String option = it.next();
            switch (option) {
                case "--members" -> members = count(option, value(option, it), Long.MAX_VALUE);
                case "--products" -> products = count(option, value(option, it), Long.MAX_VALUE);
                case "--orders" -> orders = count(option, value(option, it), Long.MAX_VALUE);
                case "--db" -> database = value(option, it);
                case "--seed" -> seed = number(option, value(option, it));
                case "--csv-only" -> csvOnly = true;
                case "--csv-dir" -> csvDir = Path.of(value(option, it));
                case "--threads" -> threads = (int) Math.max(1, count(option, value(option, it), 16));
                case "--batch" -> batch = (int) Math.max(1, count(option, value(option, it), 20_000));
                case "--history" -> history = true;
                case "--months" -> months = (int) Math.max(1, count(option, value(option, it), 120));
                case "--check" -> check = true;
                case "-h", "--help" -> {
                    return new GenerateOptions(0, 0, 0, null, seed, false, csvDir, threads, batch, false, months, true, false);
                }
                default -> throw new IllegalArgumentException("unknown option '" + option + "' (see --help)");
            }
        }
        if (database != null && !database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("--db: a database name is letters, digits or _, not '" + database + "'");
        }
        if (csvOnly && (members > 0 || products > 0 || orders > 0)) {
            throw new IllegalArgumentException("--csv-only generates nothing: drop --members/--products/--orders");
        }
        if (!csvOnly && members == 0 && products == 0 && orders == 0) {
            throw new IllegalArgumentException(
                    "nothing to do: give --members N, --products N and/or --orders N (or --csv-only)");
        }
        return new GenerateOptions(members, products, orders, database, seed, csvOnly, csvDir, threads, batch,
                history, months, false, check);
    }

    private static String value(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        String value = it.next();
        if (value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value, got the option " + value);
        }
        return value;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not a whole number");
        }
    }

    private static long count(String option, String value, long max) {
        long n = number(option, value);
        if (n < 0) {
            throw new IllegalArgumentException(option + ": must be 0 or more, got " + n);
        }
        if (n > max) {
            throw new IllegalArgumentException(option + ": at most " + max + ", got " + n);
        }
        return n;
    }
}
