package com.perflab.mall.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Direct writes to the lab's test database, for cleaning up rows a journey made through the APIs. */
final class LabDatabase {

    private LabDatabase() {
    }

    static int update(String sql, Object... args) throws SQLException {
        var settings = PrivateLab.testDatabase();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.username(),
                settings.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        }
    }
}
