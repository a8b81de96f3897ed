package io.zhaoshang.e2e;

import io.zhaoshang.local.LocalStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of the four databases (but the jobs' leases), as one digest per table:
 * two equal snapshots mean nothing was written in between.
 */
final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    /** {@code service.table} → row count and md5 of all rows. */
    static Map<String, String> take(LocalStack stack) {
        Map<String, String> digests = new TreeMap<>();
        for (String service : List.of("parks", "leads", "projects", "scoring")) {
            try (Connection db = DriverManager.getConnection(stack.jdbcUrl(service), stack.dbUser(), stack.dbPassword());
                 Statement statement = db.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                // the scheduled jobs renew their leases at every tick: bookkeeping of the replicas, not data
                tables.remove("job_lease");
                for (String table : tables) {
                    try (ResultSet rows = statement.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg(t::text, "
                            + "'|' order by t::text)), '') from \"" + table + "\" t")) {
                        rows.next();
                        digests.put(service + "." + table, rows.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("snapshot of " + service, e);
            }
        }
        return digests;
    }

    /** A snapshot once two taken a second apart agree: what the stack was still doing on its own is done. */
    static Map<String, String> settled(LocalStack stack) throws InterruptedException {
        Map<String, String> previous = take(stack);
        for (int i = 0; i < 60; i++) {
            Thread.sleep(1000);
            Map<String, String> now = take(stack);
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        throw new IllegalStateException("the databases kept changing for a minute with no request");
    }
}
