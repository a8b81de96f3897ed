package io.zhaoshang.scoring.ledger;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.awaitility.Awaitility.await;

import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.scoring.ScoringTestStack;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Facts for ledger tests: events sent as real Kafka records, as leads-service and projects-service send them. */
public final class Facts {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private Facts() {
    }

    /** Sends an event that happened at {@code time} and waits until scoring stored it; returns its event id. */
    public static String happened(String type, String subject, String data, Instant time) {
        String eventId = UUID.randomUUID().toString();
        deliver(eventId, type, subject, data, time);
        return eventId;
    }

    /** Sends the event with this id (again) and waits until it is stored. */
    public static void deliver(String eventId, String type, String subject, String data, Instant time) {
        boolean project = type.startsWith("zhaoshang.project.");
        String topic = project ? ScoringTestStack.PROJECTS_TOPIC : ScoringTestStack.LEADS_TOPIC;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_type", type);
        headers.put("ce_source", project ? "/zhaoshang/projects" : "/zhaoshang/leads");
        headers.put("ce_subject", subject);
        headers.put("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(time, ZoneOffset.UTC)));
        headers.put("content-type", "application/json");
        try (TopicProbe producer = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), topic)) {
            producer.send(topic, subject, data, headers);
        }
        await().atMost(WAIT).until(() -> count("select count(*) from fact where event_id = ?", eventId) == 1);
    }

    /** A lead registered by its owner team. */
    public static String leadRegistered(String zone, String team, String code, Instant time) {
        String leadId = UUID.randomUUID().toString();
        return happened("zhaoshang.lead.registered.v1", leadId, """
                {"leadId": "%s", "zone": "%s", "code": "%s", "ownerTeam": "%s", "status": "NEW", "version": 0}
                """.formatted(leadId, zone, code, team), time);
    }

    /** A project created and owned by a team, then moved to a stage; returns the stage change's event id. */
    public static String projectReached(String zone, String team, String code, String stage, String amount, Instant time) {
        String projectId = UUID.randomUUID().toString();
        happened("zhaoshang.project.created.v1", projectId, """
                {"projectId": "%s", "zone": "%s", "code": "%s", "ownerTeam": "%s", "stage": "NEGOTIATING"}
                """.formatted(projectId, zone, code, team), time);
        return happened("zhaoshang.project.stage-changed.v1", projectId, """
                {"projectId": "%s", "zone": "%s", "from": "NEGOTIATING", "to": "%s", "changedAt": "%s",
                 "totalInvestment": {"amount": "%s", "currency": "CNY"}}
                """.formatted(projectId, zone, stage, time, amount), time);
    }
}
