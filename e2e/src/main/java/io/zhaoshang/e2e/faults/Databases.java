package io.zhaoshang.e2e.faults;

import io.zhaoshang.local.LocalStack;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.ds.PGSimpleDataSource;

/** The drills' look into each service's own database over JDBC: rows, outbox and inbox. */
final class Databases {

    /** Who consumes each service's topic (the {@code mp.messaging.incoming.*} of each service). */
    static final Map<String, List<String>> CONSUMERS = Map.of(
            "parks", List.of("leads", "projects", "scoring"),
            "leads", List.of("projects", "scoring"),
            "projects", List.of("parks", "leads", "scoring"),
            "scoring", List.of("leads", "projects"));

    private final LocalStack stack;

    Databases(LocalStack stack) {
        this.stack = stack;
    }

    Connection connect(String service) throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(stack.jdbcUrl(service));
        return ds.getConnection(stack.dbUser(), stack.dbPassword());
    }

    long count(String service, String sql, Object... args) throws SQLException {
        return number(service, sql, args).longValue();
    }

    BigDecimal number(String service, String sql, Object... args) throws SQLException {
        try (Connection c = connect(service); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                BigDecimal value = rs.getBigDecimal(1);
                return value == null ? BigDecimal.ZERO : value;
            }
        }
    }

    List<String> strings(String service, String sql, Object... args) throws SQLException {
        try (Connection c = connect(service); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    /** Outbox rows of every service not published yet. */
    Map<String, Long> unpublished() throws SQLException {
        Map<String, Long> pending = new LinkedHashMap<>();
        for (String s : LocalStack.SERVICES) {
            pending.put(s, count(s, "select count(*) from outbox_event where published_at is null"));
        }
        return pending;
    }

    /**
     * For each producer → consumer pair, how many of the producer's outbox events the consumer's inbox
     * does not hold (0 everywhere: every event delivered), and how many events that is out of.
     */
    Map<String, long[]> undelivered() throws SQLException {
        Map<String, long[]> missing = new LinkedHashMap<>();
        for (String producer : LocalStack.SERVICES) {
            List<String> published = strings(producer, "select event_id::text from outbox_event");
            for (String consumer : CONSUMERS.get(producer)) {
                Set<String> inbox = new HashSet<>(strings(consumer, "select event_id from inbox_event"));
                long absent = published.stream().filter(id -> !inbox.contains(id)).count();
                missing.put(producer + " → " + consumer, new long[] {absent, published.size()});
            }
        }
        return missing;
    }
}
