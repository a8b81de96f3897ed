package io.zhaoshang.local;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints the events of a topic of the local stack, headers and data, from the beginning:
 * {@code deploy/local/kafka-events zhaoshang.parks.v1 [--bootstrap=127.0.0.1:19092] [--seconds=5]}.
 */
public final class EventTail {

    private EventTail() {
    }

    public static void main(String[] args) {
        String topic = null;
        String bootstrap = "127.0.0.1:" + System.getenv().getOrDefault("ZS_KAFKA_PORT", "19092");
        long seconds = 5;
        for (String arg : args) {
            if (arg.startsWith("--bootstrap=")) {
                bootstrap = arg.substring("--bootstrap=".length());
            } else if (arg.startsWith("--seconds=")) {
                seconds = Long.parseLong(arg.substring("--seconds=".length()));
            } else {
                topic = arg;
            }
        }
        if (topic == null) {
            System.err.println("usage: kafka-events <topic> [--bootstrap=host:port] [--seconds=N]");
            System.exit(2);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "event-tail-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant until = Instant.now().plusSeconds(seconds);
            while (Instant.now().isBefore(until)) {
                consumer.poll(Duration.ofMillis(500)).forEach(EventTail::print);
            }
        }
    }

    private static void print(ConsumerRecord<String, String> record) {
        StringBuilder line = new StringBuilder()
                .append(record.topic()).append('-').append(record.partition()).append('@').append(record.offset())
                .append(" key=").append(record.key());
        for (Header header : record.headers()) {
            line.append(' ').append(header.key()).append('=')
                    .append(header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
        }
        System.out.println(line.append("\n  ").append(record.value()));
    }
}
