package io.zhaoshang.leads.projects;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Sends records to zhaoshang.projects.v1 as projects-service's outbox relay writes them (CloudEvents binary mode). */
public final class ProjectsTopic {

    public static final String TOPIC = "zhaoshang.projects.v1";
    public static final String CREATED = "zhaoshang.project.created.v1";
    public static final String STAGE_CHANGED = "zhaoshang.project.stage-changed.v1";
    public static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProjectsTopic() {
    }

    public static String send(String type, String key, String data) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, type, key, data);
        return eventId;
    }

    public static void send(String eventId, String type, String key, String data) {
        try (TopicProbe producer = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), TOPIC)) {
            producer.send(TOPIC, key, data, headers(eventId, type, key));
        }
    }

    public static void awaitHandled(String eventId) {
        await().atMost(WAIT).until(() -> count("select count(*) from inbox_event where event_id = ?", eventId) == 1);
    }

    /** The contract's example of {@code type} with these fields replaced (the ids, the zone, the company). */
    public static String example(String type, Map<String, Object> fields) {
        try {
            ObjectNode data = (ObjectNode) JSON.readTree(EventContract.example(type));
            fields.forEach((name, value) -> data.set(name, JSON.valueToTree(value)));
            return JSON.writeValueAsString(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Announces a project of the company, made of {@code leadId} (may be null), and waits until leads took it. */
    public static String created(String zone, String companyName, String uscc, String leadId) {
        String projectId = UUID.randomUUID().toString();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("projectId", projectId);
        fields.put("zone", zone);
        fields.put("companyName", companyName);
        fields.put("companyUscc", uscc);
        if (leadId != null) {
            fields.put("leadId", leadId);
        }
        awaitHandled(send(CREATED, projectId, example(CREATED, fields)));
        return projectId;
    }

    static Map<String, String> headers(String eventId, String type, String subject) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_type", type);
        headers.put("ce_source", "/zhaoshang/projects");
        headers.put("ce_subject", subject);
        headers.put("ce_datacontenttype", "application/json");
        headers.put("content-type", "application/json");
        headers.put("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)));
        return headers;
    }
}
