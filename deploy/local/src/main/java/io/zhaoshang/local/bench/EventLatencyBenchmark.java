package io.zhaoshang.local.bench;

import io.zhaoshang.local.LocalKeys;
import io.zhaoshang.local.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Latency of the whole conversion story on the running local stack: {@code POST
 * /api/v1/leads/{id}/conversions} at a fixed rate (200 a second), then leads' outbox, Kafka,
 * projects-service creating the project, and scoring-service booking the conversion's points (its
 * ledger entry, which the leaderboard sums live). A conversion's latency runs from the moment its
 * request was due (so a stalled sender counts against the system, not for it) until both the
 * project row and the ledger entry exist; the timestamps are those the services write, on the
 * same machine's clock.
 *
 * <p>The leads to convert are clones of an ASSESSED lead of the seeded zone (its team, industry,
 * amounts), each of a company of its own, written straight into the leads database: making them
 * through the API (report, claim, assess) would be a benchmark of its own.
 *
 * <pre>deploy/local/bench-event-latency [--rate=200] [--seconds=30] [--zone=JN-HTZ]
 *     [--base=http://localhost:8082] [--pg-port=15432] [--data-dir=.local-data] [--wait=300]</pre>
 */
public final class EventLatencyBenchmark {

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(ScoringIngestBenchmark.option(args, "rate", "200"));
        int seconds = Integer.parseInt(ScoringIngestBenchmark.option(args, "seconds", "30"));
        int wait = Integer.parseInt(ScoringIngestBenchmark.option(args, "wait", "300"));
        String zone = ScoringIngestBenchmark.option(args, "zone", "JN-HTZ");
        String base = ScoringIngestBenchmark.option(args, "base", "http://localhost:8082");
        String pg = "jdbc:postgresql://localhost:" + ScoringIngestBenchmark.option(args, "pg-port", "15432") + "/";
        Path keys = Path.of(ScoringIngestBenchmark.option(args, "data-dir", ".local-data")).resolve("keys");
        int count = rate * seconds;
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

        try (Connection leads = DriverManager.getConnection(pg + "leads", "postgres", "postgres");
             Connection projects = DriverManager.getConnection(pg + "projects", "postgres", "postgres");
             Connection scoring = DriverManager.getConnection(pg + "scoring", "postgres", "postgres")) {
            long began = System.nanoTime();
            String team = templateTeam(leads, zone);
            List<String> ids = cloneLeads(leads, zone, run, count);
            System.out.printf("%,d ASSESSED leads of team %s in zone %s written in %.1f s%n", ids.size(), team, zone,
                    (System.nanoTime() - began) / 1e9);

            String token = new Tokens(LocalKeys.loadOrCreate(keys), Duration.ofHours(2)).issue("bench", zone, team,
                    "team-lead");
            long[] due = convert(base, token, ids, rate);

            Map<String, Long> project = new HashMap<>();
            Map<String, Long> points = new HashMap<>();
            long deadline = System.currentTimeMillis() + wait * 1000L;
            while ((project.size() < count || points.size() < count) && System.currentTimeMillis() < deadline) {
                Thread.sleep(1000);
                project = millis(projects, "select lead_id::text, created_at from project where lead_id = any(?::uuid[])", ids);
                points = millis(scoring, """
                        select f.subject, min(e.created_at) from fact f join ledger_entry e on e.fact_id = f.id
                        where f.event_type = 'zhaoshang.lead.converted.v1' and f.subject = any(?)
                        group by f.subject""", ids);
            }
            System.out.printf("after the last request: %,d projects and %,d ledger entries of %,d conversions%n",
                    project.size(), points.size(), count);
            if (project.size() < count || points.size() < count) {
                throw new IllegalStateException("not every conversion arrived within " + wait + " s");
            }
            long[] chain = new long[count];
            long[] toProject = new long[count];
            for (int i = 0; i < count; i++) {
                toProject[i] = project.get(ids.get(i)) - due[i];
                chain[i] = Math.max(project.get(ids.get(i)), points.get(ids.get(i))) - due[i];
            }
            Arrays.sort(chain);
            Arrays.sort(toProject);
            System.out.printf("request → project created: p50 %d ms, p99 %d ms%n", percentile(toProject, 0.5),
                    percentile(toProject, 0.99));
            System.out.printf("request → project created and points booked: p50 %d ms, p99 %d ms, max %d ms%n",
                    percentile(chain, 0.5), percentile(chain, 0.99), chain[count - 1]);
        }
    }

    /** The owner team of an ASSESSED lead of the zone not being converted: the template of the clones. */
    private static String templateTeam(Connection db, String zone) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(template("owner_team"))) {
            select.setString(1, zone);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("zone " + zone + " has no ASSESSED lead owned by a team to clone");
                }
                return row.getString(1);
            }
        }
    }

    private static String template(String column) {
        return "select " + column + " from lead where zone = ? and status = 'ASSESSED' and owner_team is not null"
                + " and conversion_requested_at is null order by code limit 1";
    }

    /**
     * {@code count} companies (foreign, without USCC, as the import benchmark writes them) and a clone of
     * the template lead for each, every column copied but the keys, the code and the company.
     */
    private static List<String> cloneLeads(Connection db, String zone, String run, int count) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into company (id, zone, name, country, registration_number, tags, industry_codes,
                    version, created_at, created_by, updated_at, updated_by)
                select gen_random_uuid(), ?, '时延基准企业' || ? || '-' || n, 'DE', 'LAT-' || ? || '-' || lpad(n::text, 6, '0'),
                    '{}', '{}', 0, now(), 'bench', now(), 'bench' from generate_series(1, ?) n""")) {
            insert.setString(1, zone);
            insert.setString(2, run);
            insert.setString(3, run);
            insert.setInt(4, count);
            insert.executeUpdate();
        }
        Map<String, String> overrides = Map.of("id", "gen_random_uuid()", "code", "'XS-LAT-' || ? || '-' || c.n",
                "company_id", "c.id", "version", "0", "created_at", "now()", "updated_at", "now()");
        List<String> columns = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("""
                select column_name from information_schema.columns
                where table_schema = 'public' and table_name = 'lead' order by ordinal_position""");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                columns.add(row.getString(1));
            }
        }
        String sql = "insert into lead (" + String.join(", ", columns) + ") select "
                + columns.stream().map(c -> overrides.getOrDefault(c, "t." + c)).collect(Collectors.joining(", "))
                + " from (select id, row_number() over (order by registration_number) as n from company"
                + " where registration_number like 'LAT-' || ? || '-%') c, (" + template("*") + ") t";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            insert.setString(1, run);
            insert.setString(2, run);
            insert.setString(3, zone);
            insert.executeUpdate();
        }
        List<String> ids = new ArrayList<>(count);
        try (PreparedStatement select = db.prepareStatement("select id::text from lead where code like 'XS-LAT-' || ? || '-%'"
                + " order by code")) {
            select.setString(1, run);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
        }
        return ids;
    }

    /**
     * Sends a conversion of each lead at {@code rate} a second without waiting for the answers; answers
     * when each request was due (epoch milliseconds). Every answer must be a 202.
     */
    private static long[] convert(String base, String token, List<String> ids, int rate) throws Exception {
        // HTTP/1.1: a connection per request in flight; over h2c the server's stream limit refuses the open loop's burst
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long[] due = new long[ids.size()];
        AtomicInteger refused = new AtomicInteger();
        List<CompletableFuture<?>> answers = new ArrayList<>();
        long start = System.currentTimeMillis() + 100;
        for (int i = 0; i < ids.size(); i++) {
            due[i] = start + i * 1000L / rate;
            long sleep = due[i] - System.currentTimeMillis();
            if (sleep > 0) {
                Thread.sleep(sleep);
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/leads/" + ids.get(i) + "/conversions"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept(answer -> {
                if (answer.statusCode() != 202 && refused.getAndIncrement() == 0) {
                    System.out.println("conversion answered " + answer.statusCode() + ": " + answer.body());
                }
            }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        System.out.printf("%,d conversions sent at %d/s in %.1f s%n", ids.size(), rate,
                (System.currentTimeMillis() - start) / 1000.0);
        if (refused.get() > 0) {
            throw new IllegalStateException(refused.get() + " conversions were not accepted");
        }
        return due;
    }

    /** The first column (a lead id) to the second (a timestamp) as epoch milliseconds, for the ids given. */
    private static Map<String, Long> millis(Connection db, String sql, List<String> ids) throws SQLException {
        Map<String, Long> found = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement(sql)) {
            Array array = db.createArrayOf("text", ids.toArray());
            select.setArray(1, array);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.put(row.getString(1), row.getTimestamp(2).getTime());
                }
            }
        }
        return found;
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }
}
