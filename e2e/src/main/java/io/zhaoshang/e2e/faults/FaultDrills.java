package io.zhaoshang.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhaoshang.e2e.Story;
import io.zhaoshang.e2e.faults.Load.Outcome;
import io.zhaoshang.e2e.faults.Load.Write;
import io.zhaoshang.local.LocalStack;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code ./fault-drills}: the fault drills of the reliability work, on a stack of their own (real
 * PostgreSQL, real Kafka, the four services as processes, as {@code ./run-local} runs them). Each
 * drill sets up a zone over HTTP, writes with several client threads, injects its fault, waits for the
 * suite to recover, checks exact invariants in the services' databases, on the topics and in the
 * metrics, prints a report and writes its figures into docs/reliability.md (a marked block per drill).
 */
public final class FaultDrills {

    static final String USAGE = """
            Usage: ./fault-drills [kafka-outage|kill|postgres-restart|poison|all] [--writes=N] [--outage=SECONDS]
                                  [--threads=N] [--no-report]

            Starts a stack of its own (PostgreSQL, Kafka, the four services as processes; data in
            e2e/target/fault-stack), runs the drill(s) and writes the figures into docs/reliability.md
            (section "Faults"; --no-report only prints them).
              kafka-outage      the Kafka broker stopped for --outage seconds (default 60) while --writes
                                writes (default 5000) arrive across the four services
              kill              each service killed with SIGKILL in the middle of a burst of --writes
                                writes (default 1000 each), then started again
              postgres-restart  PostgreSQL stopped for --outage seconds (default 30) under --writes
                                writes (default 1000), then started again; no service restarted
              poison            a poison record on each partition of each service's topic, then
                                --writes writes (default 200)
              all               the four, in this order (the default)
            """;

    static final List<String> DRILLS = List.of("kafka-outage", "kill", "postgres-restart", "poison");
    private static final Duration CONVERGE = Duration.ofMinutes(20);
    private static final BigDecimal SIGNED_POINTS = new BigDecimal("40.00"); // 10 + 10 × 1 + 20 (10 亿: the top tier)
    private static final String TOTAL_INVESTMENT = "1000000000";
    private static final int PROJECTS = 8;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    /** One invariant, its verdict and what was found. */
    record Check(String name, boolean pass, String found) {
    }

    /** A drill's figures (in order) and checks. */
    static final class Report {
        final String drill;
        String options = ""; // the command line's options, so that a smaller run says so
        final Map<String, String> figures = new LinkedHashMap<>();
        final List<Check> checks = new ArrayList<>();

        Report(String drill) {
            this.drill = drill;
        }

        void figure(String name, Object value) {
            figures.put(name, String.valueOf(value));
            System.out.println("   " + name + ": " + value);
        }

        void check(String name, boolean pass, Object found) {
            checks.add(new Check(name, pass, String.valueOf(found)));
            System.out.println("   " + (pass ? "PASS " : "FAIL ") + name + " — " + found);
        }

        boolean passed() {
            return checks.stream().allMatch(Check::pass);
        }
    }

    private final LocalStack stack;
    private final Databases db;
    private final Map<String, Integer> options;

    FaultDrills(LocalStack stack, Map<String, Integer> options) {
        this.stack = stack;
        this.db = new Databases(stack);
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        System.setProperty("org.slf4j.simpleLogger.log.kafka", "error");
        List<String> drills = new ArrayList<>();
        Map<String, Integer> options = new HashMap<>();
        boolean report = true;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.print(USAGE);
                return;
            } else if (arg.equals("all")) {
                drills.addAll(DRILLS);
            } else if (DRILLS.contains(arg)) {
                drills.add(arg);
            } else if (arg.equals("--no-report")) {
                report = false;
            } else if (arg.matches("--(writes|outage|threads)=\\d+")) {
                options.put(arg.substring(2, arg.indexOf('=')), Integer.parseInt(arg.substring(arg.indexOf('=') + 1)));
            } else {
                System.err.print("fault-drills: unknown argument " + arg + "\n" + USAGE);
                System.exit(2);
            }
        }
        if (drills.isEmpty()) {
            drills.addAll(DRILLS);
        }
        Path repo = Path.of(System.getProperty("zhaoshang.repo", System.getProperty("user.dir"))).toAbsolutePath().normalize();
        System.out.println("fault drills " + drills + ": starting the stack (PostgreSQL, Kafka, four services) ...");
        long starting = System.nanoTime();
        LocalStack stack = LocalStack.startForTest(repo, repo.resolve("e2e/target/fault-stack"), Map.of());
        System.out.println("stack ready after " + seconds(System.nanoTime() - starting) + " s");
        // Ctrl-C: stop the services, Kafka and PostgreSQL rather than leave them running (stop() is idempotent)
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "fault-drills-stop"));
        boolean allPassed = true;
        try {
            FaultDrills drillsOnStack = new FaultDrills(stack, options);
            for (String drill : drills) {
                System.out.println("\n== " + drill + " ==");
                Report result = new Report(drill);
                result.options = options.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> " --" + e.getKey() + "=" + e.getValue()).collect(Collectors.joining());
                try {
                    switch (drill) {
                        case "kafka-outage" -> drillsOnStack.kafkaOutage(result);
                        case "kill" -> drillsOnStack.kill(result);
                        case "postgres-restart" -> drillsOnStack.postgresRestart(result);
                        case "poison" -> drillsOnStack.poison(result);
                        default -> throw new IllegalArgumentException(drill);
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                    result.check("the drill ran to its end", false, e.toString());
                }
                allPassed &= result.passed();
                System.out.println("== " + drill + ": " + (result.passed() ? "PASS" : "FAIL") + " ==");
                if (report) {
                    ReliabilityDoc.write(repo.resolve("docs/reliability.md"), result);
                }
            }
        } finally {
            stack.stop();
        }
        System.exit(allPassed ? 0 : 1);
    }

    // -- the drills ---------------------------------------------------------------------------------

    /** Kafka stopped for a minute while the writes arrive: every write accepted, every event delivered after. */
    void kafkaOutage(Report report) throws Exception {
        int writes = options.getOrDefault("writes", 5000);
        Duration outage = Duration.ofSeconds(options.getOrDefault("outage", 60));
        common(report, writes);
        Zone zone = newZone(report);
        Load load = load(zone, writes).start();
        awaitDone(load, writes / 10); // the broker goes while writes are under way
        long stoppedAt = System.nanoTime();
        int doneBefore = load.done();
        stack.stopKafka();
        System.out.println("   Kafka stopped after " + doneBefore + " writes; down for " + outage.toSeconds() + " s");
        Thread.sleep(outage.toMillis());
        int doneDuring = load.done() - doneBefore;
        long restarting = System.nanoTime();
        stack.startKafka();
        long upAt = System.nanoTime();
        List<Outcome> outcomes = load.await();
        report.figure("Kafka down", seconds(restarting - stoppedAt) + " s (broker back "
                + seconds(upAt - restarting) + " s after its start)");
        report.figure("writes answered while Kafka was down", doneDuring);
        report.figure("writes took", load.took().toSeconds() + " s for " + writes);
        long converged = converge(zone);
        report.figure("time to recover (broker back → every outbox row published, every event in every inbox, ledger complete)",
                seconds(converged - upAt) + " s");
        checkAll(report, zone, outcomes, 0);
    }

    /** Each service in turn killed with SIGKILL while a burst is written and consumed, then started again. */
    void kill(Report report) throws Exception {
        int writes = options.getOrDefault("writes", 1000);
        common(report, writes);
        report.figure("writes per burst", writes);
        Zone zone = newZone(report);
        List<Outcome> outcomes = new ArrayList<>();
        for (String victim : LocalStack.SERVICES) {
            Load load = load(zone, writes).start();
            awaitDone(load, writes / 3); // a backlog to consume is under way
            Map<String, Long> inboxBefore = inboxSizes();
            long pid = stack.pid(victim);
            long killedAt = System.nanoTime();
            stack.killService(victim);
            stack.restartService(victim);
            long readyAt = System.nanoTime();
            outcomes.addAll(load.await());
            report.figure(victim + " killed (pid " + pid + ", inbox rows then " + inboxBefore.get(victim)
                    + ") → ready again (pid " + stack.pid(victim) + ")", seconds(readyAt - killedAt) + " s");
            long converged = converge(zone, outcomes);
            report.figure(victim + ": ready → everything delivered and booked", seconds(converged - readyAt) + " s");
        }
        checkAll(report, zone, outcomes, 0);
    }

    /** PostgreSQL stopped under load: the services say not-ready, then recover by themselves. */
    void postgresRestart(Report report) throws Exception {
        int writes = options.getOrDefault("writes", 1000);
        Duration outage = Duration.ofSeconds(options.getOrDefault("outage", 30));
        common(report, writes);
        Zone zone = newZone(report);
        Map<String, Long> pids = new LinkedHashMap<>();
        LocalStack.SERVICES.forEach(s -> pids.put(s, stack.pid(s)));
        Load load = load(zone, writes).start();
        awaitDone(load, writes / 3);
        long stoppedAt = System.nanoTime();
        stack.stopPostgres();
        System.out.println("   PostgreSQL stopped after " + load.done() + " writes");
        Map<String, Long> notReadyAfter = new LinkedHashMap<>();
        long outageEnds = stoppedAt + outage.toNanos();
        while (System.nanoTime() < outageEnds || notReadyAfter.size() < LocalStack.SERVICES.size()
                && System.nanoTime() < stoppedAt + TimeUnit.MINUTES.toNanos(3)) {
            for (String s : LocalStack.SERVICES) {
                if (!notReadyAfter.containsKey(s) && !stack.isReady(s)) {
                    notReadyAfter.put(s, System.nanoTime() - stoppedAt);
                }
            }
            Thread.sleep(500);
        }
        long restarting = System.nanoTime();
        stack.startPostgres();
        long upAt = System.nanoTime();
        Map<String, Long> readyAfter = new LinkedHashMap<>();
        while (readyAfter.size() < LocalStack.SERVICES.size() && System.nanoTime() < upAt + CONVERGE.toNanos()) {
            for (String s : LocalStack.SERVICES) {
                if (!readyAfter.containsKey(s) && stack.isReady(s)) {
                    readyAfter.put(s, System.nanoTime() - upAt);
                }
            }
            Thread.sleep(500);
        }
        long recoveredAt = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>(load.await());
        report.figure("PostgreSQL down", seconds(restarting - stoppedAt) + " s (up " + seconds(upAt - restarting)
                + " s after its start)");
        report.figure("not ready after PostgreSQL stopped", describe(notReadyAfter));
        report.figure("ready again after PostgreSQL started", describe(readyAfter));
        // after recovery the same writes again, fresh: every one must be served
        Load after = load(zone, Math.max(20, writes / 5)).start();
        List<Outcome> afterOutcomes = after.await();
        outcomes.addAll(afterOutcomes);
        long converged = converge(zone);
        report.figure("time to recover (PostgreSQL up → every outbox row published, every event in every inbox, ledger complete)",
                seconds(converged - upAt) + " s");
        report.check("every service reported not-ready while PostgreSQL was down",
                notReadyAfter.keySet().containsAll(LocalStack.SERVICES), notReadyAfter.keySet());
        report.check("every service ready again by itself", readyAfter.keySet().containsAll(LocalStack.SERVICES),
                readyAfter.keySet());
        Map<String, Long> pidsAfter = new LinkedHashMap<>();
        LocalStack.SERVICES.forEach(s -> pidsAfter.put(s, stack.pid(s)));
        report.check("no service restarted (same process ids)", pids.equals(pidsAfter), pidsAfter);
        long fiveHundredsAfter = outcomes.stream().flatMap(o -> o.attempts().stream())
                .filter(a -> a.at() > recoveredAt && a.status() >= 500).count();
        report.check("no 5xx once every service was ready again", fiveHundredsAfter == 0,
                fiveHundredsAfter + " answers ≥ 500 after recovery (" + afterOutcomes.size() + " fresh writes after it)");
        checkAll(report, zone, outcomes, recoveredAt);
    }

    /** A record that is no event on every partition of every topic: dead-lettered, counted, the rest flows. */
    void poison(Report report) throws Exception {
        int writes = options.getOrDefault("writes", 200);
        common(report, writes);
        Zone zone = newZone(report);
        converge(zone); // the setup's events consumed: what follows the poison is what must flow
        Map<String, Map<String, Double>> metricsBefore = deadLetterMetrics();
        String marker = "poison-" + UUID.randomUUID();
        int records = 0;
        long poisonedAt = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            for (String topicOwner : LocalStack.SERVICES) {
                String topic = LocalStack.topic(topicOwner);
                for (PartitionInfo partition : producer.partitionsFor(topic)) {
                    // no CloudEvent headers and no JSON: a record no consumer can ever handle
                    producer.send(new ProducerRecord<>(topic, partition.partition(), marker, "this is not an event {"))
                            .get(60, TimeUnit.SECONDS);
                    records++;
                }
            }
        }
        report.figure("poison records sent", records + " (one per partition of each of the four topics), key " + marker);
        List<Outcome> outcomes = load(zone, writes).start().await();
        long converged = converge(zone);
        report.figure("poison sent → every later event delivered and booked", seconds(converged - poisonedAt) + " s");
        Map<String, Integer> inDlq = dlqRecords(marker);
        Map<String, Map<String, Double>> metricsAfter = deadLetterMetrics();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            for (String topicOwner : LocalStack.SERVICES) {
                String topic = LocalStack.topic(topicOwner);
                int partitions = producer.partitionsFor(topic).size();
                int expected = partitions * Databases.CONSUMERS.get(topicOwner).size();
                report.check(topic + ".dlq holds each poison record once per consuming service",
                        inDlq.getOrDefault(topic + ".dlq", 0) == expected,
                        inDlq.getOrDefault(topic + ".dlq", 0) + " of " + expected + " (" + partitions + " partitions × "
                                + Databases.CONSUMERS.get(topicOwner) + ")");
                for (String consumer : Databases.CONSUMERS.get(topicOwner)) {
                    double before = metricsBefore.get(consumer).getOrDefault(topic, 0.0);
                    double after = metricsAfter.get(consumer).getOrDefault(topic, 0.0);
                    report.check(consumer + "'s zhaoshang_events_dead_lettered_total{topic=\"" + topic + "\"} rose by "
                            + partitions, after - before == partitions, before + " → " + after);
                }
            }
        }
        checkAll(report, zone, outcomes, 0);
    }

    // -- setup and load -----------------------------------------------------------------------------

    /** A zone of the drill's own: a park, {@value #PROJECTS} teams, each with a signed 10 亿 project. */
    record Zone(String code, String parkId, List<String> teams, List<String> projectIds) {
    }

    private Zone newZone(Report report) throws Exception {
        long started = System.nanoTime();
        String code = "FD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String admin = stack.tokens().issue("fault-drill-admin-of-" + code, code, null, "zone-admin", "park-admin");
        expect(Load.call("POST", url("parks", "/api/v1/zones"), admin, Map.of("code", code, "name", "故障演练开发区",
                "city", "济宁市", "level", "NATIONAL"), null), 201);
        String parkId = expect(Load.call("POST", url("parks", "/api/v1/parks"), admin, Map.of("code", "FD-PARK",
                "name", "故障演练园区", "kind", "SPECIALIZED_PARK", "status", "ACTIVE", "areaMu", new BigDecimal("1000"),
                "leadingIndustries", List.of("SEI-04.01")), null), 201).path("id").asText();
        List<String> teams = new ArrayList<>();
        for (int t = 1; t <= PROJECTS; t++) {
            String team = "TEAM-" + t;
            expect(Load.call("POST", url("scoring", "/api/v1/teams"), admin, Map.of("code", team, "name", "演练" + t + "组",
                    "kind", "GOVERNMENT_SQUAD"), null), 201);
            teams.add(team);
        }
        List<String> projectIds = new ArrayList<>();
        for (String team : teams) {
            String member = stack.tokens().issue("fault-drill-member-" + team + "-of-" + code, code, team, "team-member");
            Map<String, Object> project = new LinkedHashMap<>();
            project.put("name", "故障演练项目 " + team);
            project.put("companyName", "济宁演练科技有限公司");
            project.put("industryCode", "SEI-04.01");
            project.put("chainRole", "FILL_CHAIN");
            project.put("totalInvestment", Load.money(TOTAL_INVESTMENT));
            project.put("foreignInvestment", false);
            project.put("landMu", new BigDecimal("20"));
            project.put("expectedJobs", 100);
            // projects learns the teams and the industry catalog from events: it may not know them yet
            HttpResponse<String> created = awaitStatus(() -> Load.call("POST", url("projects", "/api/v1/projects"),
                    member, project, null), 201, 422, 503);
            String id = Load.body(created).path("id").asText();
            String etag = created.headers().firstValue("ETag").orElseThrow();
            expect(Load.call("POST", url("projects", "/api/v1/projects/" + id + "/stage-transitions"), member,
                    Map.of("to", "SIGNED", "date", today(), "reason", "签约仪式",
                            "documents", List.of(Map.of("name", "投资协议", "reference", "FD-" + team)),
                            "agreement", Map.of("type", "INVESTMENT", "number", "FD-" + team, "date", today(),
                                    "signedAmount", Load.money(TOTAL_INVESTMENT))), etag), 200);
            projectIds.add(id);
        }
        Zone zone = new Zone(code, parkId, teams, projectIds);
        report.figure("zone", code + ": a park, " + PROJECTS + " teams, " + PROJECTS + " signed projects of 10 亿 (set up in "
                + seconds(System.nanoTime() - started) + " s)");
        return zone;
    }

    /**
     * {@code count} writes across the four services: capital arrivals on the zone's projects (11 in
     * 20: each books exactly 2 points per 亿, no period cap), parks (3 in 20), companies (3 in 20) and
     * teams (3 in 20), whose events three or two services consume.
     */
    private Load load(Zone zone, int count) {
        String batch = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<Write> writes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int slot = i % 20;
            String name = batch + "-" + i;
            if (slot < 11) {
                long millions = 1 + i % 3;
                String project = zone.projectIds().get(i % zone.projectIds().size());
                BigDecimal points = BigDecimal.valueOf(millions).multiply(new BigDecimal("0.02")).setScale(2, RoundingMode.HALF_UP);
                writes.add(new Write("capital arrival", "projects", "/api/v1/projects/" + project + "/capital-arrivals",
                        Map.of("date", today(), "amount", Load.money(millions + "000000"), "source", "企业自有资金"),
                        points));
            } else if (slot < 14) {
                writes.add(new Write("park", "parks", "/api/v1/parks", Map.of("code", "P-" + name, "name", "演练园区 " + name,
                        "kind", "SPECIALIZED_PARK", "status", "ACTIVE", "areaMu", new BigDecimal("10"),
                        "leadingIndustries", List.of("SEI-04.01")), BigDecimal.ZERO));
            } else if (slot < 17) {
                writes.add(new Write("company", "leads", "/api/v1/companies", Map.of("name", "演练企业" + name + "有限公司",
                        "uscc", Story.uscc("91370800" + usccPart(batch, i)), "tags", List.of()), BigDecimal.ZERO));
            } else {
                writes.add(new Write("team", "scoring", "/api/v1/teams", Map.of("code", "T-" + name, "name", "演练队伍 " + name,
                        "kind", "GOVERNMENT_SQUAD"), BigDecimal.ZERO));
            }
        }
        return new Load(writes, stack::baseUrl, stack.tokens(), zone.code(), options.getOrDefault("threads", 8));
    }

    // nine USCC characters unique per write of the batch: the batch as digits of the USCC alphabet, then i
    private static String usccPart(String batch, int i) {
        String digits = String.valueOf(Math.abs(batch.hashCode()) % 10_000);
        return String.format("%4s%05d", digits, i).replace(' ', '0');
    }

    private static void awaitDone(Load load, int writes) throws InterruptedException {
        while (load.done() < writes) {
            Thread.sleep(100);
        }
    }

    // -- convergence and the invariants ---------------------------------------------------------------

    private long converge(Zone zone) throws Exception {
        return converge(zone, null);
    }

    /**
     * Waits until nothing is left to publish, every event is in every consuming inbox, and (when the
     * outcomes are given) scoring has booked a capital fact per accepted capital arrival; returns when.
     */
    private long converge(Zone zone, List<Outcome> outcomes) throws Exception {
        long deadline = System.nanoTime() + CONVERGE.toNanos();
        while (true) {
            boolean published = db.unpublished().values().stream().allMatch(n -> n == 0);
            boolean delivered = published && db.undelivered().values().stream().allMatch(n -> n[0] == 0);
            boolean booked = outcomes == null || delivered && ledgerCount(zone, "CAPITAL_ARRIVED") >= accepted(outcomes, "capital arrival");
            if (published && delivered && booked) {
                return System.nanoTime();
            }
            if (System.nanoTime() > deadline) {
                System.out.println("   not converged after " + CONVERGE.toMinutes() + " min: unpublished " + db.unpublished());
                return System.nanoTime();
            }
            Thread.sleep(1000);
        }
    }

    /** The invariants every drill ends with; {@code noServerErrorsAfter} (nanoTime) 0 = none at all. */
    private void checkAll(Report report, Zone zone, List<Outcome> outcomes, long noServerErrorsAfter) throws Exception {
        converge(zone, outcomes);
        Map<String, Long> byKind = outcomes.stream().collect(Collectors.groupingBy(o -> o.write().kind(),
                LinkedHashMap::new, Collectors.counting()));
        List<Outcome> refused = outcomes.stream().filter(o -> !o.accepted()).toList();
        report.figure("writes", outcomes.size() + " " + byKind);
        report.figure("attempts", outcomes.stream().mapToInt(o -> o.attempts().size()).sum()
                + " (resent with the same Idempotency-Key: " + outcomes.stream().filter(o -> o.attempts().size() > 1).count()
                + " writes; answers by status " + statuses(outcomes) + ")");
        report.check("every write accepted in the end (2xx)", refused.isEmpty(), refused.isEmpty() ? outcomes.size() + " of "
                + outcomes.size() : refused.size() + " not, e.g. " + refused.get(0).status() + " " + refused.get(0).body());
        if (noServerErrorsAfter == 0) {
            long serverErrors = outcomes.stream().flatMap(o -> o.attempts().stream()).filter(a -> a.status() >= 500).count();
            report.check("no 5xx answer", serverErrors == 0, serverErrors + " answers ≥ 500");
        }

        // rows: exactly one per accepted write, each whole
        String z = zone.code();
        long capital = accepted(outcomes, "capital arrival");
        report.check("projects: one capital_arrival row per accepted instalment",
                db.count("projects", "select count(*) from capital_arrival where zone = ?", z) == capital,
                db.count("projects", "select count(*) from capital_arrival where zone = ?", z) + " rows, " + capital + " accepted");
        long unbalanced = db.count("projects", "select count(*) from project p where zone = ? and capital_arrived_cny <> "
                + "(select coalesce(sum(cny_equivalent), 0) from capital_arrival c where c.project_id = p.id)", z);
        report.check("projects: each project's capital total is the sum of its instalments", unbalanced == 0,
                unbalanced + " projects off");
        long noEvent = db.count("projects", "select count(*) from capital_arrival c where zone = ? and not exists "
                + "(select 1 from outbox_event o where o.event_type = 'zhaoshang.project.capital-arrived.v1' "
                + "and o.payload::jsonb ->> 'arrivalId' = c.id::text)", z);
        long noHistory = db.count("projects", "select count(*) from project p where zone = ? and not exists "
                + "(select 1 from stage_change s where s.project_id = p.id and s.to_stage = 'SIGNED')", z);
        report.check("projects: every instalment has its event in the outbox, every project its stage history",
                noEvent == 0 && noHistory == 0, noEvent + " instalments without event, " + noHistory + " projects without history");
        checkRows(report, "parks", "park", "code like 'P-%'", z, accepted(outcomes, "park"));
        checkRows(report, "leads", "company", "true", z, accepted(outcomes, "company"));
        checkRows(report, "scoring", "team", "code like 'T-%'", z, accepted(outcomes, "team"));

        // events: all published, all consumed
        Map<String, Long> unpublished = db.unpublished();
        report.check("every outbox row published", unpublished.values().stream().allMatch(n -> n == 0), unpublished);
        Map<String, long[]> undelivered = db.undelivered();
        report.check("every event in every consuming service's inbox",
                undelivered.values().stream().allMatch(n -> n[0] == 0), undelivered.entrySet().stream()
                        .map(e -> e.getKey() + " " + (e.getValue()[1] - e.getValue()[0]) + "/" + e.getValue()[1])
                        .collect(Collectors.joining(", ")));

        // scoring: exactly the expected points, each fact booked once
        BigDecimal expected = outcomes.stream().filter(Outcome::accepted).map(o -> o.write().points())
                .reduce(SIGNED_POINTS.multiply(BigDecimal.valueOf(zone.projectIds().size())), BigDecimal::add);
        BigDecimal found = db.number("scoring", "select sum(points) from ledger_entry where zone = ?", z);
        long capitalEntries = ledgerCount(zone, "CAPITAL_ARRIVED");
        long signedEntries = ledgerCount(zone, "PROJECT_SIGNED");
        report.figure("scoring total of the zone", "expected " + expected.toPlainString() + ", found " + found.toPlainString());
        report.check("scoring: ledger total exactly the expected sum", expected.compareTo(found) == 0,
                "expected " + expected.toPlainString() + ", found " + found.toPlainString());
        report.check("scoring: one ledger entry per fact (no loss, no double count)",
                capitalEntries == capital && signedEntries == zone.projectIds().size(),
                capitalEntries + " capital entries for " + capital + " instalments, " + signedEntries + " signings for "
                        + zone.projectIds().size() + " projects");
    }

    private void checkRows(Report report, String service, String table, String filter, String zone, long accepted)
            throws SQLException {
        long rows = db.count(service, "select count(*) from " + table + " where zone = ? and " + filter, zone);
        long noEvent = db.count(service, "select count(*) from " + table + " t where zone = ? and " + filter
                + " and not exists (select 1 from outbox_event o where o.aggregate_id = t.id::text)", zone);
        report.check(service + ": one " + table + " row per accepted write, each with its event in the outbox",
                rows == accepted && noEvent == 0, rows + " rows, " + accepted + " accepted, " + noEvent + " without event");
    }

    private long ledgerCount(Zone zone, String kind) throws SQLException {
        return db.count("scoring", "select count(*) from ledger_entry where zone = ? and kind = ?", zone.code(), kind);
    }

    private static long accepted(List<Outcome> outcomes, String kind) {
        return outcomes.stream().filter(o -> o.write().kind().equals(kind) && o.accepted()).count();
    }

    private static Map<String, Long> statuses(List<Outcome> outcomes) {
        return outcomes.stream().flatMap(o -> o.attempts().stream())
                .collect(Collectors.groupingBy(a -> a.status() < 0 ? "no answer" : String.valueOf(a.status()),
                        java.util.TreeMap::new, Collectors.counting()));
    }

    private Map<String, Long> inboxSizes() throws SQLException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String s : LocalStack.SERVICES) {
            sizes.put(s, db.count(s, "select count(*) from inbox_event"));
        }
        return sizes;
    }

    // -- Kafka and metrics --------------------------------------------------------------------------

    private Properties producerConfig() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return p;
    }

    /** Records with the given key on each service's dead-letter topic, read from its start. */
    private Map<String, Integer> dlqRecords(String key) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, Integer> found = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String s : LocalStack.SERVICES) {
                consumer.partitionsFor(LocalStack.topic(s) + ".dlq").forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(2))) {
                    if (key.equals(r.key())) {
                        found.merge(r.topic(), 1, Integer::sum);
                    }
                }
            }
        }
        return found;
    }

    private static final Pattern DEAD_LETTERED = Pattern.compile(
            "^zhaoshang_events_dead_lettered_total\\{[^}]*topic=\"([^\"]+)\"[^}]*\\}\\s+(\\S+)", Pattern.MULTILINE);

    /** Per service, {@code zhaoshang_events_dead_lettered_total} per topic from its {@code /q/metrics}. */
    private Map<String, Map<String, Double>> deadLetterMetrics() {
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        for (String s : LocalStack.SERVICES) {
            HttpResponse<String> response = Load.call("GET", url(s, "/q/metrics"), null, null, null);
            Map<String, Double> perTopic = new HashMap<>();
            Matcher m = DEAD_LETTERED.matcher(response.body());
            while (m.find()) {
                perTopic.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
            }
            metrics.put(s, perTopic);
        }
        return metrics;
    }

    // -- small things -------------------------------------------------------------------------------

    private void common(Report report, int writes) {
        report.figure("run", ZonedDateTime.now().format(STAMP) + ", load average "
                + String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " on " + Runtime.getRuntime().availableProcessors() + " cores, " + options.getOrDefault("threads", 8)
                + " client threads, " + writes + " writes asked");
    }

    // asked each time: a drill may run across midnight in the zone, and a date before the project is refused
    private static String today() {
        return LocalDate.now(Story.SHANGHAI).toString();
    }

    private String url(String service, String path) {
        return stack.baseUrl(service) + path;
    }

    private static JsonNode expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ", expected " + status + ": " + response.body());
        }
        return Load.body(response);
    }

    /** Asks again while the answer is one of {@code waitable} (the services learn from each other by events). */
    private static HttpResponse<String> awaitStatus(java.util.function.Supplier<HttpResponse<String>> call, int wanted,
            int... waitable) throws InterruptedException {
        long deadline = System.nanoTime() + CONVERGE.toNanos();
        while (true) {
            HttpResponse<String> response = call.get();
            if (response.statusCode() == wanted) {
                return response;
            }
            boolean wait = false;
            for (int w : waitable) {
                wait |= response.statusCode() == w;
            }
            if (!wait || System.nanoTime() > deadline) {
                expect(response, wanted);
            }
            Thread.sleep(500);
        }
    }

    private static String describe(Map<String, Long> afterNanos) {
        return afterNanos.entrySet().stream().map(e -> e.getKey() + " " + seconds(e.getValue()) + " s")
                .collect(Collectors.joining(", "));
    }

    static String seconds(long nanos) {
        return BigDecimal.valueOf(nanos).movePointLeft(9).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

}
