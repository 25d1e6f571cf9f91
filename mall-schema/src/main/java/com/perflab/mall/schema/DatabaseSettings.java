package com.perflab.mall.schema;

import java.util.Map;

/**
 * Where the mall database is, read from the same MALL_DB_* variables the services use, with the
 * local-lab defaults.
 */
public record DatabaseSettings(String host, int port, String database, String username, String password) {

    public DatabaseSettings {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("database name must be letters, digits or _: " + database);
        }
    }

    public static DatabaseSettings fromEnvironment(Map<String, String> env) {
        return new DatabaseSettings(
                env.getOrDefault("MALL_DB_HOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("MALL_DB_PORT", "3306")),
                env.getOrDefault("MALL_DB_NAME", "mall"),
                env.getOrDefault("MALL_DB_USERNAME", "mall"),
                env.getOrDefault("MALL_DB_PASSWORD", "mall"));
    }

    public DatabaseSettings withDatabase(String otherDatabase) {
        return new DatabaseSettings(host, port, otherDatabase, username, password);
    }

    /** The server without a default database, to create the database itself. */
    String serverUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + PARAMETERS;
    }

    public String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + database + PARAMETERS;
    }

    private static final String PARAMETERS =
            "?useUnicode=true&characterEncoding=utf8&useSSL=false&allowPublicKeyRetrieval=true"
                    + "&rewriteBatchedStatements=true&allowMultiQueries=true";
}
