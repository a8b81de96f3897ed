package io.zhaoshang.local.bench;

import io.zhaoshang.local.LocalKeys;
import io.zhaoshang.local.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of {@code GET /api/v1/statistics} of projects-service on the running local stack
 * (./run-local) over a zone of 100,000 projects, beside the hand-written SQL that gives the same
 * answer run over JDBC on the same database in the same run (the baseline): the ratio is what the
 * service's generic query, HTTP and JSON cost on top of the best query for one question.
 *
 * <p>The projects are written straight into the projects database with SQL (through the API they
 * would take hours): a fresh zone with 6 teams and 10 parks, projects created over the last five
 * years, stages, sizes, parks, industries and teams drawn with a fixed seed (most projects small,
 * about 12% of 10亿元以上; one in ten shared 70/30 between two teams), agreements for the signed
 * ones and one to three capital instalments for those past signing.
 *
 * <pre>deploy/local/bench-statistics [--projects=100000] [--seconds=15] [--base=http://localhost:8083]
 *     [--jdbc=jdbc:postgresql://localhost:15432/projects] [--data-dir=.local-data]</pre>
 */
public final class StatisticsBenchmark {

    private static final ZoneId ZONE_TIME = ZoneId.of("Asia/Shanghai");
    private static final Pattern SIGNED_PROJECTS = Pattern.compile("\"signedProjects\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;
    private final Connection db;

    private StatisticsBenchmark(String base, String token, Connection db) {
        this.base = base;
        this.token = token;
        this.db = db;
    }

    /** One question: the request to the service and the hand-written SQL (zone bound first) for the same answer. */
    private record Question(String name, String path, String sql, List<Object> parameters) {
    }

    public static void main(String[] args) throws Exception {
        int projects = Integer.parseInt(option(args, "projects", "100000"));
        int seconds = Integer.parseInt(option(args, "seconds", "15"));
        String base = option(args, "base", "http://localhost:8083");
        String jdbc = option(args, "jdbc", "jdbc:postgresql://localhost:15432/projects");
        Path keys = Path.of(option(args, "data-dir", ".local-data")).resolve("keys");
        String zone = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Tokens tokens = new Tokens(LocalKeys.loadOrCreate(keys), Duration.ofHours(2));
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            StatisticsBenchmark bench = new StatisticsBenchmark(base, tokens.issue("bench", zone, null, "zone-admin"), db);
            long start = System.nanoTime();
            bench.load(zone, projects);
            System.out.printf("zone %s: %d projects, %d capital instalments loaded with SQL in %.1f s%n", zone, projects,
                    bench.count("select count(*) from capital_arrival where zone = ?", zone),
                    (System.nanoTime() - start) / 1e9);
            int year = LocalDate.now(ZONE_TIME).getYear();
            for (Question question : questions(zone, year)) {
                bench.compare(question, seconds);
            }
        }
    }

    private static List<Question> questions(String zone, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate previousFirst = first.minusYears(1);
        OffsetDateTime from = startOf(first);
        OffsetDateTime previousFrom = startOf(previousFirst);
        OffsetDateTime until = startOf(last.plusDays(1));
        return List.of(
                new Question("projects as they stand, by stage (在谈项目N项 总投资X)", "/api/v1/statistics?groupBy=stage", """
                        select stage, count(*), sum(total_investment_cny_equivalent), sum(coalesce(fixed_asset_investment_cny, 0)),
                          count(*) filter (where tier = 'MAJOR'), count(*) filter (where tier <> 'REGULAR'),
                          count(agreement_date), coalesce(sum(total_investment_cny_equivalent) filter (where agreement_date is not null), 0),
                          coalesce(sum(signed_cny_equivalent), 0), sum(capital_arrived_cny)
                        from project where zone = ? group by stage order by stage""", List.of(zone)),
                // the window and the year before are next to each other: one range each, split by FILTER
                new Question("one year with year-on-year (签订合作协议N项 比去年提高Y%)", "/api/v1/statistics?year=" + year, """
                        with created as (
                          select count(*) filter (where created_at >= ?) projects,
                            sum(total_investment_cny_equivalent) filter (where created_at >= ?) total,
                            sum(coalesce(fixed_asset_investment_cny, 0)) filter (where created_at >= ?) fixed,
                            count(*) filter (where created_at >= ? and tier = 'MAJOR') major,
                            count(*) filter (where created_at >= ? and tier <> 'REGULAR') key,
                            count(*) filter (where created_at < ?) previous_projects,
                            sum(total_investment_cny_equivalent) filter (where created_at < ?) previous_total,
                            sum(coalesce(fixed_asset_investment_cny, 0)) filter (where created_at < ?) previous_fixed,
                            count(*) filter (where created_at < ? and tier = 'MAJOR') previous_major,
                            count(*) filter (where created_at < ? and tier <> 'REGULAR') previous_key
                          from project where zone = ? and created_at >= ? and created_at < ?),
                        signed as (
                          select count(*) filter (where agreement_date >= ?) signed_projects,
                            sum(total_investment_cny_equivalent) filter (where agreement_date >= ?) signed_total,
                            sum(signed_cny_equivalent) filter (where agreement_date >= ?) signed_amount,
                            count(*) filter (where agreement_date < ?) previous_signed_projects,
                            sum(total_investment_cny_equivalent) filter (where agreement_date < ?) previous_signed_total,
                            sum(signed_cny_equivalent) filter (where agreement_date < ?) previous_signed_amount
                          from project where zone = ? and agreement_date between ? and ?),
                        capital as (
                          select sum(cny_equivalent) filter (where arrived_on >= ?) capital,
                            sum(cny_equivalent) filter (where arrived_on < ?) previous_capital
                          from capital_arrival where zone = ? and arrived_on between ? and ?)
                        select * from created, signed, capital""",
                        List.of(from, from, from, from, from, from, from, from, from, from, zone, previousFrom, until,
                                first, first, first, first, first, first, zone, previousFirst, last,
                                first, first, zone, previousFirst, last)),
                new Question("teams by month of one year with year-on-year",
                        "/api/v1/statistics?groupBy=team,period&period=MONTH&year=" + year, """
                        select 'created', s.key, date_trunc('month', (p.created_at at time zone 'Asia/Shanghai')
                            + case when p.created_at < ? then interval '1 year' else interval '0 days' end), p.created_at >= ?,
                          count(*), sum(round(p.total_investment_cny_equivalent * s.value::numeric / 100, 2)),
                          sum(round(coalesce(p.fixed_asset_investment_cny, 0) * s.value::numeric / 100, 2)),
                          count(*) filter (where p.tier = 'MAJOR'), count(*) filter (where p.tier <> 'REGULAR')
                        from project p cross join lateral jsonb_each_text(p.team_shares) s
                        where p.zone = ? and p.created_at >= ? and p.created_at < ? group by 1, 2, 3, 4
                        union all
                        select 'signed', s.key, date_trunc('month', p.agreement_date
                            + case when p.agreement_date < ? then interval '1 year' else interval '0 days' end), p.agreement_date >= ?,
                          count(*), sum(round(p.total_investment_cny_equivalent * s.value::numeric / 100, 2)),
                          sum(round(p.signed_cny_equivalent * s.value::numeric / 100, 2)), 0, 0
                        from project p cross join lateral jsonb_each_text(p.team_shares) s
                        where p.zone = ? and p.agreement_date between ? and ? group by 1, 2, 3, 4
                        union all
                        select 'capital', s.key, date_trunc('month', c.arrived_on
                            + case when c.arrived_on < ? then interval '1 year' else interval '0 days' end), c.arrived_on >= ?,
                          0, sum(round(c.cny_equivalent * s.value::numeric / 100, 2)), 0, 0, 0
                        from capital_arrival c join project p on p.id = c.project_id
                          cross join lateral jsonb_each_text(p.team_shares) s
                        where c.zone = ? and c.arrived_on between ? and ? group by 1, 2, 3, 4""",
                        List.of(from, from, zone, previousFrom, until, first, first, zone, previousFirst, last,
                                first, first, zone, previousFirst, last)));
    }

    /** Writes the zone's teams, parks, projects and capital instalments in one transaction. */
    private void load(String zone, int projects) throws SQLException {
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            sql.execute("select setseed(0.2026)");
            sql.execute("""
                    insert into team (id, zone, code, name, kind, status, version)
                    select gen_random_uuid(), '%s', 'TEAM-' || chr(64 + t), '招商' || t || '队', 'GOVERNMENT_SQUAD', 'ACTIVE', 1
                    from generate_series(1, 6) t""".formatted(zone));
            sql.execute("""
                    create temp table bench_park on commit drop as
                    select p as number, gen_random_uuid() as id from generate_series(1, 10) p""");
            sql.execute("""
                    insert into park (id, zone, code, name, parent_id, status, version)
                    select id, '%s', 'P' || number, '园区 ' || number, null, 'ACTIVE', 1 from bench_park""".formatted(zone));
            sql.execute("""
                    create temp table bench_draw on commit drop as
                    select n, random() as stage, random() as size, random() as created, random() as team, random() as shared,
                      random() as park, random() as industry, random() as sign, random() as signed
                    from generate_series(1, %d) n""".formatted(projects));
            sql.execute("""
                    insert into project (id, zone, code, name, company_name, industry_code, chain_role, park_id, owner_team,
                      team_shares, total_investment_amount, total_investment_currency, total_investment_cny_equivalent,
                      fixed_asset_investment_amount, fixed_asset_investment_currency, fixed_asset_investment_cny,
                      foreign_investment, stage, tier, stage_since, agreement_type, agreement_number, agreement_date,
                      signed_amount, signed_currency, signed_cny_equivalent, version, created_at, created_by, updated_at, updated_by,
                      last_progress_at)
                    select gen_random_uuid(), '%1$s', '%1$s-' || n, '基准项目 ' || n, '基准企业 ' || n,
                      'SEI-0' || (1 + floor(d.industry * 8)::int) || '.01', 'FILL_CHAIN', bp.id, d.owner,
                      case when d.shared < 0.1 then jsonb_build_object(d.owner, 70, d.partner, 30)
                           else jsonb_build_object(d.owner, 100) end,
                      d.total, 'CNY', d.total, round(d.total * 0.7, 2), 'CNY', round(d.total * 0.7, 2), false, d.stage_code,
                      case when d.total >= 1000000000 then 'MAJOR' when d.total >= 100000000 then 'KEY' else 'REGULAR' end,
                      d.created_on,
                      case when d.is_signed then 'INVESTMENT' end, case when d.is_signed then 'XY-' || n end,
                      case when d.is_signed then least(d.created_on + (d.sign * 180)::int, current_date) end,
                      case when d.is_signed then round(d.total * (0.8 + 0.2 * d.signed)::numeric, 2) end,
                      case when d.is_signed then 'CNY' end,
                      case when d.is_signed then round(d.total * (0.8 + 0.2 * d.signed)::numeric, 2) end,
                      0, d.created_at, 'bench', d.created_at, 'bench', d.created_at
                    from (
                      select *, 'TEAM-' || chr(65 + floor(team * 6)::int) as owner,
                        'TEAM-' || chr(65 + (floor(team * 6)::int + 1) %% 6) as partner,
                        round(power(10, 6.5 + 3.6 * size * size * size)::numeric, -4) as total,
                        now() - created * interval '1826 days' as created_at,
                        ((now() - created * interval '1826 days') at time zone 'Asia/Shanghai')::date as created_on,
                        case when stage < 0.30 then 'NEGOTIATING' when stage < 0.45 then 'SIGNED'
                             when stage < 0.55 then 'APPROVING' when stage < 0.70 then 'UNDER_CONSTRUCTION'
                             when stage < 0.78 then 'COMPLETED' when stage < 0.90 then 'IN_PRODUCTION'
                             when stage < 0.95 then 'ON_HOLD' else 'ABANDONED' end as stage_code,
                        stage >= 0.30 and (stage < 0.90 or sign < 0.5) as is_signed
                      from bench_draw) d
                    left join bench_park bp on bp.number = 1 + floor(d.park * 11)::int""".formatted(zone));
            sql.execute("""
                    insert into capital_arrival (id, project_id, zone, arrived_on, amount, currency, cny_equivalent, source,
                      arrived_total_cny, recorded_by, recorded_at)
                    select gen_random_uuid(), p.id, p.zone, least(p.agreement_date + k * 60, current_date),
                      round(p.signed_cny_equivalent * 0.2, 2), 'CNY', round(p.signed_cny_equivalent * 0.2, 2), '企业自有资金',
                      round(p.signed_cny_equivalent * 0.2, 2) * k, 'bench', now()
                    from project p cross join lateral generate_series(1, 1 + (abs(hashtext(p.code)) %% 3)) k
                    where p.zone = '%s' and p.stage in ('APPROVING', 'UNDER_CONSTRUCTION', 'COMPLETED', 'IN_PRODUCTION')
                    """.formatted(zone));
            sql.execute("""
                    update project p set capital_arrived_cny = c.total
                    from (select project_id, sum(cny_equivalent) total from capital_arrival where zone = '%1$s'
                          group by project_id) c
                    where p.id = c.project_id""".formatted(zone));
            db.commit();
            sql.execute("analyze project");
            sql.execute("analyze capital_arrival");
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** Runs the question through the service and as SQL, one after the other, and prints both and the ratio. */
    private void compare(Question question, int seconds) throws Exception {
        String answer = get(question.path());
        List<List<Object>> rows = query(question);
        System.out.printf("%n%s%n  GET %s: %d bytes; baseline SQL: %d rows%n", question.name(), question.path(),
                answer.length(), rows.size());
        Matcher signed = SIGNED_PROJECTS.matcher(answer);
        if (question.path().endsWith("?year=" + LocalDate.now(ZONE_TIME).getYear()) && signed.find()) {
            System.out.printf("  check: signed projects this year, service %s, SQL %s%n", signed.group(1), rows.get(0).get(10));
        }
        timed("  warm-up service", seconds / 3, () -> get(question.path()));
        timed("  warm-up SQL", seconds / 3, () -> query(question));
        long[] service = timed("  GET " + question.path(), seconds, () -> get(question.path()));
        long[] sql = timed("  baseline SQL over JDBC", seconds, () -> query(question));
        System.out.printf("  ratio service / SQL: p50 %.2f, p99 %.2f%n", (double) percentile(service, 0.5)
                / percentile(sql, 0.5), (double) percentile(service, 0.99) / percentile(sql, 0.99));
    }

    private interface Call {
        void run() throws Exception;
    }

    /** Calls one after the other for the given time; returns the sorted latencies in microseconds. */
    private static long[] timed(String label, int seconds, Call call) throws Exception {
        List<Long> latencies = new ArrayList<>();
        long began = System.nanoTime();
        long deadline = began + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            long sent = System.nanoTime();
            call.run();
            latencies.add((System.nanoTime() - sent) / 1000);
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-75s %5d calls in %.1f s = %7.1f/s, p50 %7.2f ms, p99 %7.2f ms%n", label, sorted.length,
                elapsed, sorted.length / elapsed, percentile(sorted, 0.5) / 1000.0, percentile(sorted, 0.99) / 1000.0);
        return sorted;
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Runs the baseline and reads every value, as a client of the answer would. */
    private List<List<Object>> query(Question question) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(question.sql())) {
            for (int i = 0; i < question.parameters().size(); i++) {
                statement.setObject(i + 1, question.parameters().get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private long count(String sql, String zone) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, zone);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ZONE_TIME).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String option(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith("--" + name + "="))
                .map(arg -> arg.substring(name.length() + 3)).findFirst().orElse(fallback);
    }
}
