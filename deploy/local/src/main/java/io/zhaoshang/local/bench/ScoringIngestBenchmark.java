package io.zhaoshang.local.bench;

import io.zhaoshang.local.LocalKeys;
import io.zhaoshang.local.Tokens;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * How fast scoring-service turns project events into facts and ledger entries on the running local
 * stack (./run-local). Registers six teams in a fresh zone through the API, then writes the events
 * straight onto {@code zhaoshang.projects.v1}, as projects-service's outbox relay would (binary
 * CloudEvents, key = project id): per project a {@code project.stage-changed} to SIGNED with its
 * amount, park, industry and team shares (every fourth shared 70/30), then a
 * {@code project.capital-arrived}, which names no park or industry (the ledger looks them up).
 * The clock runs from the first send until the scoring database holds every fact and every ledger
 * entry of the zone (counted over JDBC twice a second): facts per second. With
 * {@code --pause-pid=<scoring-service's pid>} the service is stopped (SIGSTOP) while the events are
 * written and continued (SIGCONT) after, and the clock starts then: the figure is the service's
 * rate alone, not this tool's producer's (one thread, {@code acks=all}), which otherwise bounds it.
 *
 * <p>The baseline, in the same run and the same database, is what {@code pgbench} with a one-insert
 * script measures: the same number of single-row inserts, each its own transaction, from N JDBC
 * threads into an indexed table (made for the run and dropped after).
 *
 * <pre>deploy/local/bench-scoring-ingest [--events=100000] [--threads=3] [--base=http://localhost:8084]
 *     [--kafka=localhost:19092] [--jdbc=jdbc:postgresql://localhost:15432/scoring] [--data-dir=.local-data]
 *     [--pause-pid=PID]</pre>
 */
public final class ScoringIngestBenchmark {

    static final String TOPIC = "zhaoshang.projects.v1";
    static final String[] TEAMS = {"BENCH-1", "BENCH-2", "BENCH-3", "BENCH-4", "BENCH-5", "BENCH-6"};
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"); // no producer config dump
        int events = Integer.parseInt(option(args, "events", "100000"));
        int threads = Integer.parseInt(option(args, "threads", "3"));
        String base = option(args, "base", "http://localhost:8084");
        String kafka = option(args, "kafka", "localhost:19092");
        String jdbc = option(args, "jdbc", "jdbc:postgresql://localhost:15432/scoring");
        Path keys = Path.of(option(args, "data-dir", ".local-data")).resolve("keys");
        String pausePid = option(args, "pause-pid", "");
        String zone = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Tokens tokens = new Tokens(LocalKeys.loadOrCreate(keys), Duration.ofHours(2));
        registerTeams(base, tokens.issue("bench", zone, null, "zone-admin"));
        System.out.printf("zone %s: %d teams registered%n", zone, TEAMS.length);

        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            Result ingest = ingest(kafka, db, zone, events, pausePid);
            Result baseline = singleRowInserts(jdbc, events, threads);
            System.out.printf("ingest: %,d events → %,d facts and %,d ledger entries in %.1f s = %,.0f facts/s%n",
                    events, ingest.rows(), ingest.entries(), ingest.seconds(), ingest.perSecond());
            System.out.printf("baseline: %,d single-row inserts from %d threads in %.1f s = %,.0f inserts/s%n",
                    baseline.rows(), threads, baseline.seconds(), baseline.perSecond());
            System.out.printf("ratio: %.2f × the single-row insert rate%n", ingest.perSecond() / baseline.perSecond());
        }
    }

    record Result(long rows, long entries, double seconds) {
        double perSecond() {
            return rows / seconds;
        }
    }

    /** Sends the events and waits until scoring has stored each as a fact and booked its entries. */
    static Result ingest(String bootstrap, Connection db, String zone, int events, String pausePid) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        String park = UUID.randomUUID().toString();
        long expectedEntries = 0;
        long began = System.nanoTime();
        signal("STOP", pausePid);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < events; i += 2) {
                String project = UUID.randomUUID().toString();
                String code = "ZS-2026-%06d".formatted(i / 2 + 1);
                boolean shared = (i / 2) % 4 == 0;
                String owner = TEAMS[(i / 2) % TEAMS.length];
                String shares = shared
                        ? "{\"%s\": 70, \"%s\": 30}".formatted(owner, TEAMS[((i / 2) + 1) % TEAMS.length])
                        : "{\"%s\": 100}".formatted(owner);
                int perEvent = shared ? 2 : 1;
                long investment = 20_000_000L + (i * 7_919L % 1_500_000_000L);
                OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
                producer.send(record(project, "zhaoshang.project.stage-changed.v1", at, signed(project, zone, code,
                        owner, shares, investment, park, at, i)));
                expectedEntries += perEvent;
                if (i + 1 < events) {
                    producer.send(record(project, "zhaoshang.project.capital-arrived.v1", at, capital(project, zone,
                            code, owner, shares, investment / 5, at)));
                    expectedEntries += perEvent;
                }
            }
            producer.flush();
        }
        System.out.printf("%,d events sent in %.1f s; waiting for %,d facts and %,d ledger entries%n", events,
                (System.nanoTime() - began) / 1e9, events, expectedEntries);
        if (!pausePid.isEmpty()) {
            signal("CONT", pausePid);
            began = System.nanoTime(); // the service's own rate from here: every event waits on the topic
        }
        long facts = 0;
        long entries = 0;
        long lastPrint = System.nanoTime();
        while (facts < events || entries < expectedEntries) {
            Thread.sleep(500);
            facts = count(db, "select count(*) from fact where zone = ?", zone);
            entries = count(db, "select count(*) from ledger_entry where zone = ?", zone);
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                System.out.printf("  after %.0f s: %,d facts, %,d ledger entries%n", (System.nanoTime() - began) / 1e9,
                        facts, entries);
                lastPrint = System.nanoTime();
            }
        }
        return new Result(facts, entries, (System.nanoTime() - began) / 1e9);
    }

    private static ProducerRecord<String, String> record(String project, String type, OffsetDateTime at, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, project, data);
        String traceparent = "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01";
        header(record, "traceparent", traceparent);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", type);
        header(record, "ce_source", "/zhaoshang/projects");
        header(record, "ce_subject", project);
        header(record, "ce_datacontenttype", "application/json");
        header(record, "content-type", "application/json");
        header(record, "ce_time", RFC_3339.format(at));
        header(record, "ce_traceparent", traceparent);
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A stage change to SIGNED as projects-service writes it (docs/events/zhaoshang.project.stage-changed.v1). */
    static String signed(String project, String zone, String code, String owner, String shares, long investment,
            String park, OffsetDateTime at, int i) {
        String amount = BigDecimal.valueOf(investment).setScale(2).toPlainString();
        String tier = investment >= 1_000_000_000L ? "MAJOR" : investment >= 100_000_000L ? "KEY" : "REGULAR";
        return """
                {"projectId": "%s", "zone": "%s", "from": "NEGOTIATING", "to": "SIGNED", "changedAt": "%s",
                 "reason": null, "code": "%s", "effectiveDate": "%s", "changedBy": "bench",
                 "totalInvestment": {"amount": "%s", "currency": "CNY"}, "totalInvestmentCny": "%s",
                 "signedAmount": {"amount": "%s", "currency": "CNY"}, "signedAmountCny": "%s",
                 "agreementType": "INVESTMENT", "tier": "%s", "ownerTeam": "%s", "teamShares": %s,
                 "parkId": "%s", "subParkId": null, "industryCode": "SEI-04.01", "chainRole": "FILL_CHAIN",
                 "foreignInvestment": %s, "landMu": 50, "version": 2}""".formatted(project, zone, RFC_3339.format(at),
                code, at.toLocalDate(), amount, amount, amount, amount, tier, owner, shares, park, i % 10 == 0);
    }

    /** An instalment of capital as projects-service writes it (docs/events/zhaoshang.project.capital-arrived.v1). */
    static String capital(String project, String zone, String code, String owner, String shares, long amountCny,
            OffsetDateTime at) {
        String amount = BigDecimal.valueOf(amountCny).setScale(2).toPlainString();
        return """
                {"projectId": "%s", "zone": "%s", "code": "%s", "ownerTeam": "%s", "teamShares": %s,
                 "arrivalId": "%s", "date": "%s", "amount": {"amount": "%s", "currency": "CNY"}, "amountCny": "%s",
                 "arrivedTotalCny": "%s", "signedAmountCny": "%s", "source": "企业自有资金", "override": false,
                 "overrideReason": null, "recordedBy": "bench", "recordedAt": "%s", "version": 3}"""
                .formatted(project, zone, code, owner, shares, UUID.randomUUID(), at.toLocalDate(), amount, amount,
                        amount, amount, RFC_3339.format(at));
    }

    /**
     * The reference: what PostgreSQL does with single-row inserts, each committed on its own, from n
     * client threads into an indexed table, as pgbench with the script
     * {@code insert into bench_insert (zone, team, points) values (...)} would.
     */
    static Result singleRowInserts(String jdbc, int rows, int threads) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement ddl = db.createStatement()) {
            ddl.execute("drop table if exists bench_insert");
            ddl.execute("""
                    create table bench_insert (id bigserial primary key, zone text not null, team text not null,
                    points numeric(14,2) not null, created_at timestamptz not null default now())""");
            ddl.execute("create index bench_insert_zone_team on bench_insert (zone, team)");
        }
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        long began = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres");
                        PreparedStatement insert = db.prepareStatement(
                                "insert into bench_insert (zone, team, points) values (?, ?, ?)")) {
                    db.setAutoCommit(true);
                    for (long i = next.getAndIncrement(); i < rows; i = next.getAndIncrement()) {
                        insert.setString(1, "BENCH");
                        insert.setString(2, TEAMS[(int) (i % TEAMS.length)]);
                        insert.setBigDecimal(3, BigDecimal.valueOf(i % 5000, 2));
                        insert.executeUpdate();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement ddl = db.createStatement()) {
            ddl.execute("drop table bench_insert");
        }
        return new Result(rows, 0, seconds);
    }

    private static void registerTeams(String base, String token) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String team : TEAMS) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/teams"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"code": "%s", "name": "基准测试队伍 %s", "kind": "GOVERNMENT_SQUAD"}""".formatted(team, team)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST /api/v1/teams answered " + response.statusCode() + ": " + response.body());
            }
        }
    }

    static long count(Connection db, String sql, String zone) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, zone);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Sends a signal (STOP, CONT) to a process with kill(1); nothing without a pid. */
    private static void signal(String signal, String pid) throws Exception {
        if (!pid.isEmpty() && new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
        }
    }

    static String option(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith("--" + name + "="))
                .map(arg -> arg.substring(name.length() + 3)).findFirst().orElse(fallback);
    }
}
