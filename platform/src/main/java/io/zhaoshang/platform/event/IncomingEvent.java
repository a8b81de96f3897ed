package io.zhaoshang.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A CloudEvent read from a Kafka record in binary mode ({@code ce_*} headers, JSON data).
 * Parsed here rather than by the connector so that a record without the headers still reaches
 * the consumer and can be dead-lettered with a clear reason.
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
        String traceparent, JsonNode data) {

    /** Consumers ignore fields they do not know: a producer may add fields without a new version. */
    private static final ObjectMapper READER = JsonMapper.builder()
            .addModule(new JavaTimeModule()) // explicit: discovery depends on the loading thread's class loader
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = required(record, "ce_id");
        String type = required(record, "ce_type");
        String source = required(record, "ce_source");
        String subject = header(record, "ce_subject");
        String time = header(record, "ce_time");
        String traceparent = header(record, "traceparent");
        return new IncomingEvent(id, type, source, subject, parseTime(time), traceparent, parseData(record.value()));
    }

    /** The data as the consumer's own view of it. */
    public <T> T dataAs(Class<T> view) {
        try {
            return READER.treeToValue(data, view);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("data of " + type + " " + id + " does not fit " + view.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("record at offset " + record.offset() + " has no " + name + " header", null);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static OffsetDateTime parseTime(String time) {
        try {
            return time == null ? null : OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("ce_time is not RFC 3339: " + time, e);
        }
    }

    private static JsonNode parseData(String value) {
        if (value == null) {
            throw new PoisonEventException("record has no data", null);
        }
        try {
            return READER.readTree(value);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("data is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
