package io.zhaoshang.local.test;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads a topic from the beginning with its own consumer group, so a test sees every event the
 * service published, and can inject raw records (inbox, poison-message tests).
 */
public final class TopicProbe implements AutoCloseable {

    private static final int SHOWN = 30;

    private final String bootstrap;
    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();
    private KafkaProducer<String, String> producer;

    private TopicProbe(String bootstrap, String topic) {
        this.bootstrap = bootstrap;
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "topic-probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    public static TopicProbe on(String bootstrap, String topic) {
        return new TopicProbe(bootstrap, topic);
    }

    /**
     * Polls until {@code count} records seen by this probe (in this or earlier calls) match, and
     * returns all matching ones (at least {@code count}). Fails listing everything seen otherwise.
     */
    public List<ConsumerRecord<String, String>> awaitRecords(
            Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<ConsumerRecord<String, String>> matching = seen.stream().filter(match).toList();
            if (matching.size() >= count) {
                return matching;
            }
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new AssertionError("expected " + count + " matching record(s) on " + topic + " within " + timeout
                        + ", matched " + matching.size() + "; saw " + seen.size() + " record(s):" + describe());
            }
            consumer.poll(left.compareTo(Duration.ofMillis(200)) < 0 ? left : Duration.ofMillis(200)).forEach(seen::add);
        }
    }

    /** Every record this probe has read so far. */
    public List<ConsumerRecord<String, String>> seen() {
        return List.copyOf(seen);
    }

    /** The last value of header {@code name} as UTF-8, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Writes one raw record (headers as UTF-8) and waits for the broker's acknowledgement. */
    public void send(String topic, String key, String value, Map<String, String> headers) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer());
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    @Override
    public void close() {
        consumer.close();
        if (producer != null) {
            producer.close();
        }
    }

    private String describe() {
        String shown = seen.stream().limit(SHOWN).map(r -> "\n  p" + r.partition() + "@" + r.offset()
                + " key=" + r.key() + " ce_type=" + header(r, "ce_type") + " value=" + abbreviate(r.value()))
                .collect(Collectors.joining());
        return seen.size() > SHOWN ? shown + "\n  ... " + (seen.size() - SHOWN) + " more" : shown;
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
