package io.zhaoshang.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhaoshang.local.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two replicas of parks-service against one database and one broker, as Kubernetes runs them: the
 * outbox relay publishes every event once whichever replica wrote it, the scheduled job (land
 * reservation expiry, every second here) runs on one replica only and moves to the other when its
 * holder dies, and the consumer group shares the partitions between them.
 */
@ExtendWith(RunningStack.class)
@Order(4) // last: it kills and restarts parks-service
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasTest {

    private static final String JOB = "land-reservation-expiry";
    private static final String GROUP = "parks-service";
    private static final String CONSUMED = "zhaoshang.projects.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static LocalStack stack;
    private static String replica;

    @BeforeAll
    static void startASecondReplica() throws Exception {
        stack = RunningStack.stack();
        replica = stack.startReplica("parks", Map.of());
    }

    @AfterAll
    static void stopTheSecondReplica() throws Exception {
        stack.killService(replica);
    }

    @Test
    @Order(1)
    void every_event_is_published_once_whichever_replica_wrote_it() throws Exception {
        List<String> baseUrls = List.of(stack.baseUrl("parks"), stack.baseUrl(replica));
        Set<String> zoneIds = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            String zone = "REPL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            Api admin = new Api(baseUrls.get(i % 2), stack.tokens().issue("admin-of-" + zone, zone, null, "zone-admin"));
            zoneIds.add(admin.post("/api/v1/zones", Map.of("code", zone, "name", "副本测试区 " + i, "city", "济宁市",
                    "level", "PROVINCIAL")).expect(201).text("/id"));
        }

        Map<String, Integer> recordsPerZone = recordsByKey(LocalStack.topic("parks"), zoneIds);

        assertThat(recordsPerZone.keySet()).containsExactlyInAnyOrderElementsOf(zoneIds);
        assertThat(recordsPerZone.values()).as("one zone.registered record per zone, never two").containsOnly(1);
        assertThat(count("select count(*) from outbox_event where published_at is null and aggregate_id = any(?)",
                zoneIds.toArray(String[]::new))).isZero();
    }

    @Test
    @Order(2)
    void the_consumer_group_shares_the_partitions_between_the_replicas() throws Exception {
        List<Set<TopicPartition>> assignments = awaitValue(() -> {
            List<Set<TopicPartition>> perMember = assignmentsOf(GROUP, CONSUMED);
            return perMember.size() == 2 && perMember.stream().noneMatch(Set::isEmpty) ? perMember : null;
        }, "two members of " + GROUP + " each reading " + CONSUMED);

        Set<TopicPartition> all = new HashSet<>();
        assignments.forEach(all::addAll);
        assertThat(all).hasSize(3); // LocalKafka.PARTITIONS
        assertThat(assignments.get(0)).doesNotContainAnyElementsOf(assignments.get(1));
    }

    @Test
    @Order(3)
    void a_scheduled_job_runs_on_one_replica_and_moves_when_that_one_dies() throws Exception {
        // the first replica has held the lease since long before the second started
        awaitTrue(() -> jobRuns(replica, "skipped") >= 3, "the second replica skips the job three times");
        double firstRuns = jobRuns("parks", "run");
        awaitTrue(() -> jobRuns("parks", "run") >= firstRuns + 3, "the first replica runs the job three more times");
        assertThat(jobRuns(replica, "run")).as("runs on the second replica").isZero();
        assertThat(jobRuns("parks", "skipped")).as("skips on the first replica").isZero();
        assertThat(leaseHolder()).contains("/" + stack.pid("parks") + "/");

        stack.killService("parks");
        try {
            // no graceful stop gives the lease back: the second replica takes it when it runs out
            awaitTrue(() -> jobRuns(replica, "run") >= 3, "the second replica takes the job over and runs it");
            assertThat(leaseHolder()).contains("/" + stack.pid(replica) + "/");
        } finally {
            stack.restartService("parks");
        }

        awaitTrue(() -> jobRuns("parks", "skipped") >= 3, "the restarted replica skips the job: the other holds it");
        assertThat(jobRuns("parks", "run")).as("runs on the restarted replica").isZero();
    }

    // -- what the replicas did ----------------------------------------------------------------------

    private static final Pattern JOB_RUNS = Pattern.compile(
            "^zhaoshang_jobs_runs_total\\{([^}]*)\\}\\s+(\\S+)", Pattern.MULTILINE);

    /** {@code zhaoshang_jobs_runs_total} of the job with the given outcome on one replica (0 when absent). */
    private static double jobRuns(String instance, String outcome) {
        try {
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(stack.baseUrl(instance) + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = JOB_RUNS.matcher(metrics.body());
            while (m.find()) {
                if (m.group(1).contains("job=\"" + JOB + "\"") && m.group(1).contains("outcome=\"" + outcome + "\"")) {
                    return Double.parseDouble(m.group(2));
                }
            }
            return 0;
        } catch (Exception e) {
            throw new IllegalStateException("could not read the metrics of " + instance, e);
        }
    }

    private static String leaseHolder() throws Exception {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl("parks"), stack.dbUser(), stack.dbPassword());
                PreparedStatement query = db.prepareStatement("select holder from job_lease where job = ?")) {
            query.setString(1, JOB);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static long count(String sql, Object parameter) throws Exception {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl("parks"), stack.dbUser(), stack.dbPassword());
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, db.createArrayOf("text", (Object[]) parameter));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Records per key among {@code keys} on a topic, read from its start until every key came and two more seconds passed. */
    private static Map<String, Integer> recordsByKey(String topic, Set<String> keys) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, Integer> found = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(PATIENCE);
            Instant allSeenAt = null;
            while (Instant.now().isBefore(deadline) && (allSeenAt == null || Instant.now().isBefore(allSeenAt.plusSeconds(2)))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (keys.contains(r.key())) {
                        found.merge(r.key(), 1, Integer::sum);
                    }
                }
                if (allSeenAt == null && found.keySet().containsAll(keys)) {
                    allSeenAt = Instant.now(); // a duplicate published late would still show up
                }
            }
        }
        return found;
    }

    /** Per member of the group, the partitions of {@code topic} assigned to it. */
    private static List<Set<TopicPartition>> assignmentsOf(String group, String topic) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        try (Admin admin = Admin.create(p)) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            List<Set<TopicPartition>> perMember = new ArrayList<>();
            for (MemberDescription member : description.members()) {
                Set<TopicPartition> ofTopic = new HashSet<>();
                member.assignment().topicPartitions().stream().filter(tp -> tp.topic().equals(topic)).forEach(ofTopic::add);
                perMember.add(ofTopic);
            }
            return perMember;
        }
    }

    // -- waiting ------------------------------------------------------------------------------------

    private interface Probe<T> {
        T value() throws Exception;
    }

    private static <T> T awaitValue(Probe<T> probe, String what) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            T value = probe.value();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for: " + what);
            }
            Thread.sleep(500);
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws Exception {
        awaitValue(() -> condition.getAsBoolean() ? Boolean.TRUE : null, what);
    }
}
