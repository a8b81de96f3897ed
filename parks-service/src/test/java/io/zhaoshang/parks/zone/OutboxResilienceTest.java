package io.zhaoshang.parks.zone;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.LocalKafka;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.parks.ParksTestStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** With the broker down writes still succeed; after it returns every event is published once, in order. */
@QuarkusTest
class OutboxResilienceTest {

    private static final int ZONES = 3;
    private static final int CHANGES = 4;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writes_survive_a_kafka_outage_and_are_published_exactly_once_in_order() throws Exception {
        LocalKafka kafka = ZhaoshangTestResource.kafka();
        List<String> ids = new ArrayList<>();
        kafka.stop();
        try {
            for (int z = 0; z < ZONES; z++) {
                String zone = Zones.newZoneCode();
                String id = Zones.register(zone);
                ids.add(id);
                for (int version = 0; version < CHANGES; version++) {
                    Zones.admin(zone).header("If-Match", "\"" + version + "\"").body(Zones.body(zone, "名称 " + version))
                            .put("/api/v1/zones/{id}", id)
                            .then().statusCode(200);
                }
            }
            assertThat(count("select count(*) from outbox_event where published_at is null and aggregate_id = any(?)",
                    (Object) ids.toArray(String[]::new)))
                    .as("every event waits in the outbox while Kafka is down")
                    .isEqualTo(ZONES * (1 + CHANGES));
        } finally {
            kafka.start();
        }

        try (TopicProbe topic = TopicProbe.on(kafka.bootstrapServers(), ParksTestStack.TOPIC)) {
            Set<String> ours = Set.copyOf(ids);
            topic.awaitRecords(r -> ours.contains(r.key()), ZONES * (1 + CHANGES), Duration.ofSeconds(90));
            Thread.sleep(1000); // a duplicate published late would show up here
            List<ConsumerRecord<String, String>> records = topic.awaitRecords(r -> ours.contains(r.key()),
                    ZONES * (1 + CHANGES), Duration.ofSeconds(5));

            Map<String, Long> perEventId = records.stream()
                    .collect(Collectors.groupingBy(r -> header(r, "ce_id"), Collectors.counting()));
            assertThat(perEventId).hasSize(ZONES * (1 + CHANGES));
            assertThat(perEventId.values()).allMatch(n -> n == 1);

            for (String id : ids) {
                List<Long> versions = new ArrayList<>();
                for (ConsumerRecord<String, String> record : records) {
                    if (record.key().equals(id)) {
                        versions.add(json.readTree(record.value()).get("version").asLong());
                    }
                }
                assertThat(versions).as("events of zone %s in the order they were written", id)
                        .containsExactly(0L, 1L, 2L, 3L, 4L);
            }
        }
        assertThat(count("select count(*) from outbox_event where published_at is null")).isZero();
    }
}
