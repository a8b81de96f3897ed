package io.zhaoshang.projects;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Sends what parks-service, leads-service and scoring-service publish as real records on their topics (CloudEvents
 * binary mode), built from the contract's examples, and waits until projects has handled them.
 */
public final class EventTopics {

    public static final String PARKS = "zhaoshang.parks.v1";
    public static final String SCORING = "zhaoshang.scoring.v1";
    public static final String LEADS = "zhaoshang.leads.v1";
    public static final Duration WAIT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventTopics() {
    }

    /** Writes one record of {@code type} with a new event id; returns the id. */
    public static String send(String topic, String type, String key, String data) {
        String eventId = UUID.randomUUID().toString();
        send(topic, eventId, type, key, data);
        return eventId;
    }

    public static void send(String topic, String eventId, String type, String key, String data) {
        try (TopicProbe producer = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), topic)) {
            // the publishing service, as its topic names it: zhaoshang.parks.v1 is parks'
            String service = topic.substring("zhaoshang.".length(), topic.length() - ".v1".length());
            producer.send(topic, key, data, headers(eventId, type, key, service));
        }
    }

    /** Waits until projects has handled the events (their inbox rows commit with the effect). */
    public static void awaitHandled(String... eventIds) {
        for (String eventId : eventIds) {
            await().atMost(WAIT).until(() -> count("select count(*) from inbox_event where event_id = ?", eventId) == 1);
        }
    }

    /** The contract's example of {@code type}, changed by {@code change}. */
    public static String example(String type, Consumer<ObjectNode> change) {
        try {
            ObjectNode data = (ObjectNode) JSON.readTree(EventContract.example(type));
            change.accept(data);
            return data.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes sure projects has an industry catalog holding the contract example's codes. */
    public static void ensureCatalog() {
        if (count("select count(*) from industry where code = 'SEI-04.01'") == 0) {
            long version = count("select coalesce(max(version), 0) + 1 from industry_catalog");
            String catalog = example("zhaoshang.industry-catalog.published.v1", data -> data.put("version", version));
            awaitHandled(send(PARKS, "zhaoshang.industry-catalog.published.v1", "industry-catalog", catalog));
        }
    }

    /** Announces teams of the zone as scoring would. */
    public static void registerTeams(String zone, String... codes) {
        List<String> ids = java.util.Arrays.stream(codes).map(code -> {
            String teamId = UUID.randomUUID().toString();
            return send(SCORING, "zhaoshang.team.registered.v1", teamId, example("zhaoshang.team.registered.v1",
                    data -> data.put("teamId", teamId).put("zone", zone).put("code", code)));
        }).toList();
        awaitHandled(ids.toArray(String[]::new));
    }

    /** Announces a park of the zone (with the parent, for a sub-park) in the status; returns its id. */
    public static String registerPark(String zone, String parentId, String status) {
        String parkId = UUID.randomUUID().toString();
        awaitHandled(send(PARKS, "zhaoshang.park.registered.v1", parkId, example("zhaoshang.park.registered.v1",
                data -> data.put("parkId", parkId).put("zone", zone).put("parentId", parentId)
                        .put("code", "P-" + parkId.substring(0, 8).toUpperCase()).put("status", status))));
        return parkId;
    }

    public static Map<String, String> headers(String eventId, String type, String subject, String service) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_type", type);
        headers.put("ce_source", "/zhaoshang/" + service);
        headers.put("ce_subject", subject);
        headers.put("ce_datacontenttype", "application/json");
        headers.put("content-type", "application/json");
        headers.put("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)));
        return headers;
    }
}
