package com.perflab.mall.schema;

import com.perflab.mall.schema.generate.GenerateCommand;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The command line of the schema module: {@code java -jar mall-schema-exec.jar migrate seed}, and
 * {@code generate ...} for bulk test data.
 * The launcher runs it once; services never migrate in the cluster profile.
 */
public final class SchemaTool {

    private SchemaTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("generate")) {
            System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.getenv()));
        }
        List<String> commands = args.length == 0 ? List.of("migrate") : List.of(args);
        for (String command : commands) {
            if (!List.of("migrate", "seed").contains(command)) {
                System.err.println("usage: mall-schema [migrate] [seed] | generate --help   (database from MALL_DB_HOST, MALL_DB_PORT,"
                        + " MALL_DB_NAME, MALL_DB_USERNAME, MALL_DB_PASSWORD)");
                System.exit(2);
            }
        }
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(System.getenv());
        MallSchema schema = new MallSchema(settings);
        String where = settings.database() + " on " + settings.host() + ":" + settings.port();
        try {
            schema.createDatabaseIfMissing();
            for (String command : commands) {
                MigrateResult result = command.equals("seed") ? schema.seed() : schema.migrate();
                System.out.printf("%s %s: %d script(s) applied, now at version %s%n", command, where,
                        result.migrationsExecuted, result.targetSchemaVersion == null ? "(unchanged)" : result.targetSchemaVersion);
            }
        } catch (Exception e) {
            System.err.println("mall-schema failed on " + where + " as " + settings.username() + ": " + e.getMessage());
            System.err.println("Fix: start the database (./mall infra) or set MALL_DB_* to a reachable server"
                    + " where this user may create the database.");
            System.exit(1);
        }
    }
}
