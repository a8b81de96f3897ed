package io.zhaoshang.local.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain JDBC on the service database under test, so tests assert the rows themselves. */
public final class ServiceDatabase {

    private ServiceDatabase() {
    }

    /** The single number a query like {@code select count(*) ...} returns. */
    public static long count(String sql, Object... params) {
        List<Map<String, Object>> rows = rows(sql, params);
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    public static List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection connection = DriverManager.getConnection(ZhaoshangTestResource.jdbcUrl(),
                ZhaoshangTestResource.postgres().username(), ZhaoshangTestResource.postgres().password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }
}
