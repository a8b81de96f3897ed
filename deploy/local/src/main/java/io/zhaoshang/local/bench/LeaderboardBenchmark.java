package io.zhaoshang.local.bench;

import io.zhaoshang.local.LocalKeys;
import io.zhaoshang.local.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code GET /api/v1/leaderboards?period=MONTH&key=...} of scoring-service on the running local
 * stack over a ledger of 1,000,000 entries. Registers twelve teams in a fresh zone through the API,
 * then writes the facts and their entries straight into the scoring database with
 * {@code generate_series}: one entry per fact, spread evenly over the teams and the twelve months
 * of the year (Asia/Shanghai), of every kind of result (leads, follow-ups, signings with amounts,
 * capital, red warnings). Then asks for the ranking of one month, one request at a time, for a
 * fixed time, and in the same run sends the best SQL written by hand for the same answer (points,
 * breakdown by kind, signed investment, counts, latest fact, rank, the previous month's rank,
 * targets) over JDBC for as long (every team has entries, so both answer the same teams): the ratio of the two medians is the figure.
 *
 * <p>{@code --zone=BENCH-...} measures again the zone of an earlier run (after a restart with a
 * new version of the service, say) without writing anything.
 *
 * <pre>deploy/local/bench-leaderboard [--entries=1000000] [--month=2026-11] [--seconds=20] [--zone=BENCH-...] [--sql-file=FILE]
 *     [--base=http://localhost:8084] [--jdbc=jdbc:postgresql://localhost:15432/scoring] [--data-dir=.local-data]</pre>
 */
public final class LeaderboardBenchmark {

    private static final int TEAMS = 12;

    /**
     * The leaderboard of a month in one statement: the standings of the month and of the month
     * before (for the rank change), each ranked by points, signed investment, earlier latest fact
     * and team code, with the team's targets. Each month summed on its own, so that each is an
     * index-only scan. Parameters: zone, month, zone, previous month, month.
     */
    static final String HAND_WRITTEN = """
            with sums as (
              select e.month_key, e.team_id, e.kind, sum(e.points) as points,
                     sum(e.amount_cny) filter (where e.kind = 'PROJECT_SIGNED') as signed,
                     count(*) as facts, max(e.occurred_at) as last_fact
              from ledger_entry e
              where e.zone = ? and e.month_key = ?
              group by e.month_key, e.team_id, e.kind
              union all
              select e.month_key, e.team_id, e.kind, sum(e.points) as points,
                     sum(e.amount_cny) filter (where e.kind = 'PROJECT_SIGNED') as signed,
                     count(*) as facts, max(e.occurred_at) as last_fact
              from ledger_entry e
              where e.zone = ? and e.month_key = ?
              group by e.month_key, e.team_id, e.kind),
            standing as (
              select s.month_key, t.id as team_id, t.code, t.name, sum(s.points) as points,
                     jsonb_object_agg(s.kind, s.points) as breakdown, coalesce(sum(s.signed), 0) as signed,
                     coalesce(sum(s.facts) filter (where s.kind = 'CONSTRUCTION_STARTED'), 0) as started,
                     coalesce(sum(s.facts) filter (where s.kind = 'LEAD_REGISTERED'), 0) as leads,
                     coalesce(sum(s.facts) filter (where s.kind = 'FOLLOW_UP'), 0) as follow_ups,
                     max(s.last_fact) as last_fact
              from sums s join team t on t.id = s.team_id
              group by s.month_key, t.id, t.code, t.name),
            ranked as (
              select s.*, row_number() over (partition by s.month_key
                       order by s.points desc, s.signed desc, s.last_fact asc nulls last, s.code) as rank
              from standing s)
            select r.rank, p.rank as previous_rank, r.team_id, r.code, r.name, r.points, r.breakdown, r.signed,
                   r.started, r.leads, r.follow_ups, r.last_fact, g.signed_amount, g.projects_started,
                   g.leads_collected, g.follow_ups as target_follow_ups
            from ranked r
            left join ranked p on p.team_id = r.team_id and p.month_key <> r.month_key
            left join target g on g.team_id = r.team_id and g.period_kind = 'MONTH' and g.period_key = r.month_key
            where r.month_key = ?
            order by r.rank""";

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int entries = Integer.parseInt(ScoringIngestBenchmark.option(args, "entries", "1000000"));
        String month = ScoringIngestBenchmark.option(args, "month", "2026-11");
        int seconds = Integer.parseInt(ScoringIngestBenchmark.option(args, "seconds", "20"));
        String base = ScoringIngestBenchmark.option(args, "base", "http://localhost:8084");
        String jdbc = ScoringIngestBenchmark.option(args, "jdbc", "jdbc:postgresql://localhost:15432/scoring");
        Path keys = Path.of(ScoringIngestBenchmark.option(args, "data-dir", ".local-data")).resolve("keys");
        String earlier = ScoringIngestBenchmark.option(args, "zone", null);
        String zone = earlier != null ? earlier
                : "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String token = new Tokens(LocalKeys.loadOrCreate(keys), Duration.ofHours(2)).issue("bench", zone, null, "zone-admin");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int t = 1; earlier == null && t <= TEAMS; t++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/teams"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"code": "T-%02d", "name": "基准测试队伍 %d", "kind": "GOVERNMENT_SQUAD"}""".formatted(t, t)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST /api/v1/teams answered " + response.statusCode() + ": " + response.body());
            }
        }
        String year = month.substring(0, 4);
        String previous = previousMonth(month);
        String sqlFile = ScoringIngestBenchmark.option(args, "sql-file", null);
        if (sqlFile != null) { // bench/run.sh runs the same statement with pgbench -f
            Files.writeString(Path.of(sqlFile), literal(HAND_WRITTEN, zone, month, zone, previous, month) + ";\n");
        }
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            long began = System.nanoTime();
            if (earlier == null) {
                fill(db, zone, year, entries);
            }
            System.out.printf("zone %s: %d teams, %,d ledger entries over %s written in %.1f s%n", zone, TEAMS,
                    ScoringIngestBenchmark.count(db, "select count(*) from ledger_entry where zone = ?", zone), year,
                    (System.nanoTime() - began) / 1e9);
            System.out.printf("month %s holds %,d entries, %s %,d%n", month,
                    count(db, zone, month), previous, count(db, zone, previous));

            HttpRequest board = HttpRequest.newBuilder(URI.create(base + "/api/v1/leaderboards?period=MONTH&key=" + month))
                    .header("Authorization", "Bearer " + token).GET().build();
            Timer warmUp = new Timer();
            Timer api = new Timer();
            Timer sql = new Timer();
            try (PreparedStatement query = db.prepareStatement(HAND_WRITTEN)) {
                query.setString(1, zone);
                query.setString(2, month);
                query.setString(3, zone);
                query.setString(4, previous);
                query.setString(5, month);
                run(warmUp, Math.max(3, seconds / 4), () -> get(http, board));
                run(warmUp, Math.max(3, seconds / 4), () -> rows(query));
                run(api, seconds, () -> get(http, board));
                run(sql, seconds, () -> rows(query));
                System.out.printf("hand-written SQL answers %d rows%n", rows(query));
            }
            api.print("GET /api/v1/leaderboards?period=MONTH&key=" + month);
            sql.print("hand-written SQL over JDBC");
            System.out.printf("ratio: p50 %.2f ×, p99 %.2f × the hand-written SQL%n",
                    api.percentile(0.5) / sql.percentile(0.5), api.percentile(0.99) / sql.percentile(0.99));
        }
    }

    /**
     * One fact and one entry per number, straight into the database: team by number, month by
     * number, the kind by number (a third leads and follow-ups, signings with amounts, capital,
     * construction, red warnings), a random moment in the month; keys as the ledger computes them.
     */
    static void fill(Connection db, String zone, String year, int entries) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("set time zone 'Asia/Shanghai'");
            sql.execute("""
                    create temporary table bench_entry as
                    select gen_random_uuid() as fact_id, (select id from team where zone = '%1$s'
                             and code = 'T-' || lpad((1 + n %% %2$d)::text, 2, '0')) as team_id,
                           (array['LEAD_REGISTERED', 'FOLLOW_UP', 'FOLLOW_UP', 'PROJECT_SIGNED', 'CAPITAL_ARRIVED',
                                  'CONSTRUCTION_STARTED', 'PROJECT_APPROVING', 'RED_WARNING'])[1 + n %% 8] as kind,
                           make_timestamptz(%3$s, 1 + (n / %2$d) %% 12, 1, 0, 0, 0, 'Asia/Shanghai')
                             + random() * interval '27 days' as occurred_at, n
                    from generate_series(1, %4$d) as n""".formatted(zone, TEAMS, year, entries));
            sql.execute("""
                    insert into fact (id, event_id, event_type, source, subject, occurred_at, zone, data, received_at)
                    select fact_id, fact_id::text, 'zhaoshang.bench.v1', '/bench', 'bench-' || n, occurred_at, '%s',
                           jsonb_build_object('n', n), occurred_at from bench_entry""".formatted(zone));
            sql.execute("""
                    insert into ledger_entry (id, zone, team_id, fact_id, kind, follow_up_kind, points, share_percent,
                        amount_cny, rule_version, occurred_at, week_key, month_key, quarter_key, year_key, adjusts,
                        explanation_zh, explanation_en, created_at)
                    select gen_random_uuid(), '%s', team_id, fact_id, kind,
                           case when kind = 'FOLLOW_UP' then 'OUTBOUND_VISIT' end,
                           case kind when 'RED_WARNING' then -5 when 'LEAD_REGISTERED' then 1 when 'FOLLOW_UP' then 2
                                     else 10 + n %% 290 end,
                           100, case when kind in ('PROJECT_SIGNED', 'CAPITAL_ARRIVED', 'CONSTRUCTION_STARTED')
                                     then 10000000 + (n %% 1000) * 1000000 end,
                           1, occurred_at, to_char(occurred_at, 'IYYY-"W"IW'), to_char(occurred_at, 'YYYY-MM'),
                           to_char(occurred_at, 'YYYY-"Q"Q'), to_char(occurred_at, 'YYYY'), null,
                           '基准测试', 'benchmark', occurred_at
                    from bench_entry""".formatted(zone));
            sql.execute("drop table bench_entry");
            sql.execute("analyze fact");
            sql.execute("vacuum analyze ledger_entry");
        }
    }

    private static long count(Connection db, String zone, String month) throws Exception {
        try (PreparedStatement query = db.prepareStatement("select count(*) from ledger_entry where zone = ? and month_key = ?")) {
            query.setString(1, zone);
            query.setString(2, month);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The statement with its parameters as quoted literals, for a pgbench script. */
    static String literal(String sql, String... values) {
        StringBuilder out = new StringBuilder();
        int v = 0;
        for (char c : sql.toCharArray()) {
            out.append(c == '?' ? "'" + values[v++].replace("'", "''") + "'" : String.valueOf(c));
        }
        return out.toString();
    }

    static String previousMonth(String month) {
        int year = Integer.parseInt(month.substring(0, 4));
        int number = Integer.parseInt(month.substring(5));
        return number == 1 ? "%d-12".formatted(year - 1) : "%d-%02d".formatted(year, number - 1);
    }

    private static int get(HttpClient http, HttpRequest board) throws Exception {
        HttpResponse<byte[]> response = http.send(board, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(board.uri() + " answered " + response.statusCode());
        }
        return response.body().length;
    }

    private static int rows(PreparedStatement query) throws Exception {
        int rows = 0;
        try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
                rows++;
            }
        }
        return rows;
    }

    @FunctionalInterface
    interface Call {
        int run() throws Exception;
    }

    private static void run(Timer timer, int seconds, Call call) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            long sent = System.nanoTime();
            call.run();
            timer.add(System.nanoTime() - sent);
        }
    }

    /** Latencies of one kind of call, in nanoseconds. */
    static final class Timer {
        private final List<Long> nanos = new ArrayList<>();

        void add(long elapsed) {
            nanos.add(elapsed);
        }

        double percentile(double p) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
        }

        void print(String label) {
            System.out.printf("%-60s %5d calls, p50 %7.2f ms, p99 %7.2f ms%n", label, nanos.size(), percentile(0.5),
                    percentile(0.99));
        }
    }
}
