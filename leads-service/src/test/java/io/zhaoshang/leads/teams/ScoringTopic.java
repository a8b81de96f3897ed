package io.zhaoshang.leads.teams;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.awaitility.Awaitility.await;

import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Sends records to zhaoshang.scoring.v1 as scoring-service's outbox relay writes them (CloudEvents binary mode). */
public final class ScoringTopic {

    public static final String TOPIC = "zhaoshang.scoring.v1";
    public static final String REGISTERED = "zhaoshang.team.registered.v1";
    public static final String CHANGED = "zhaoshang.team.changed.v1";
    public static final Duration WAIT = Duration.ofSeconds(30);

    private ScoringTopic() {
    }

    public static String send(String type, String key, String data) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, type, key, data);
        return eventId;
    }

    public static void send(String eventId, String type, String key, String data) {
        sendTo(TOPIC, eventId, type, key, data);
    }

    /** The same to another topic, for a test whose service reads scoring's events from a topic of its own. */
    public static void sendTo(String topic, String eventId, String type, String key, String data) {
        try (TopicProbe producer = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), topic)) {
            producer.send(topic, key, data, headers(eventId, type, key));
        }
    }

    public static void awaitHandled(String eventId) {
        await().atMost(WAIT).until(() -> count("select count(*) from inbox_event where event_id = ?", eventId) == 1);
    }

    /** Makes the team known to leads as scoring would announce it, and returns its code. */
    public static String registerTeam(String zone, String code) {
        String teamId = UUID.randomUUID().toString();
        awaitHandled(send(REGISTERED, teamId, """
                {"teamId": "%s", "zone": "%s", "code": "%s", "name": "招商队伍 %s", "kind": "GOVERNMENT_SQUAD",
                 "status": "ACTIVE", "version": 0}
                """.formatted(teamId, zone, code, code)));
        return code;
    }

    static Map<String, String> headers(String eventId, String type, String subject) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_type", type);
        headers.put("ce_source", "/zhaoshang/scoring");
        headers.put("ce_subject", subject);
        headers.put("ce_datacontenttype", "application/json");
        headers.put("content-type", "application/json");
        headers.put("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)));
        return headers;
    }
}
