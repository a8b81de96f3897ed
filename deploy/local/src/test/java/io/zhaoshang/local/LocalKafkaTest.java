package io.zhaoshang.local;

import io.zhaoshang.local.test.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalKafkaTest {

    @TempDir
    Path dir;

    @Test
    void producedRecordsAreConsumedAndSurviveAStopStartOnTheSamePortAndDir() throws Exception {
        LocalKafka kafka = new LocalKafka(0, 0, dir.resolve("kafka")).start();
        try {
            kafka.createTopics("zhaoshang.parks.v1", "zhaoshang.parks.v1.dlq");
            kafka.createTopics("zhaoshang.parks.v1"); // idempotent
            try (var admin = kafka.admin()) {
                assertThat(admin.listTopics().names().get()).contains("zhaoshang.parks.v1", "zhaoshang.parks.v1.dlq");
                assertThat(admin.describeTopics(Set.of("zhaoshang.parks.v1")).allTopicNames().get()
                        .get("zhaoshang.parks.v1").partitions()).hasSize(LocalKafka.PARTITIONS);
            }

            try (TopicProbe probe = TopicProbe.on(kafka.bootstrapServers(), "zhaoshang.parks.v1")) {
                probe.send("zhaoshang.parks.v1", "park-1", "{\"name\":\"before\"}", Map.of("ce_type", "ParkRegistered"));
                List<ConsumerRecord<String, String>> seen = probe.awaitRecords(r -> true, 1, Duration.ofSeconds(20));
                assertThat(seen).singleElement().satisfies(r -> {
                    assertThat(r.key()).isEqualTo("park-1");
                    assertThat(r.value()).isEqualTo("{\"name\":\"before\"}");
                    assertThat(TopicProbe.header(r, "ce_type")).isEqualTo("ParkRegistered");
                });
                assertThatThrownBy(() -> probe.awaitRecords(r -> r.key().equals("nope"), 1, Duration.ofMillis(500)))
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining("zhaoshang.parks.v1").hasMessageContaining("park-1");
            }

            // a record sent while the broker is down is delivered once it is back (same port, same log dir)
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("zhaoshang.parks.v1", "warm-up", "{}")).get(20, TimeUnit.SECONDS);
                kafka.stop();
                assertThat(kafka.isRunning()).isFalse();
                // send() itself may block for metadata while the broker is away, so not on this thread
                CompletableFuture<RecordMetadata> whileDown = CompletableFuture.supplyAsync(() -> {
                    try {
                        return producer.send(new ProducerRecord<>("zhaoshang.parks.v1", "park-2", "{\"name\":\"while down\"}")).get();
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                });
                Thread.sleep(1000);
                assertThat(whileDown).isNotDone();
                kafka.start();
                whileDown.get(30, TimeUnit.SECONDS);
            }

            // a new consumer group reads from the start: the record written before the restart is still there
            try (TopicProbe probe = TopicProbe.on(kafka.bootstrapServers(), "zhaoshang.parks.v1")) {
                probe.send("zhaoshang.parks.v1", "park-3", "{\"name\":\"after\"}", Map.of());
                List<ConsumerRecord<String, String>> seen = probe.awaitRecords(r -> true, 4, Duration.ofSeconds(20));
                assertThat(seen).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("park-1", "warm-up", "park-2", "park-3");
            }
        } finally {
            kafka.close();
        }
    }
}
