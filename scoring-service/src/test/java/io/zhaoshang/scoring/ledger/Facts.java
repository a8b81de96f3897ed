package io.zhaoshang.scoring.ledger;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.scoring.ScoringTestStack;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Facts for ledger tests: the contracts' own examples (docs/events/), moved into a test's zone and
 * teams, sent as real Kafka records as leads, projects and parks send them. A schema's field renamed
 * changes its example, and so what these tests score.
 */
public final class Facts {

    public static final String PARKS_TOPIC = "zhaoshang.parks.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Facts() {
    }

    /** The example of the type's contract, in the zone. */
    public static ObjectNode example(String type, String zone) {
        try {
            ObjectNode example = (ObjectNode) JSON.readTree(EventContract.example(type));
            return example.put("zone", zone);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends an event that happened at {@code time}, after checking it against its schema where
     * docs/events/ has one, and waits until scoring stored it; returns its event id.
     */
    public static String happened(String type, String subject, ObjectNode data, Instant time) {
        if (EventContract.types().contains(type)) {
            EventContract.assertValid(type, data.toString());
        }
        return happened(type, subject, data.toString(), time);
    }

    /** Sends an event that happened at {@code time} and waits until scoring stored it; returns its event id. */
    public static String happened(String type, String subject, String data, Instant time) {
        String eventId = UUID.randomUUID().toString();
        deliver(eventId, type, subject, data, time);
        return eventId;
    }

    /** Sends the event with this id (again) and waits until it is stored. */
    public static void deliver(String eventId, String type, String subject, String data, Instant time) {
        send(eventId, type, subject, data, time);
        await().atMost(WAIT).until(() -> count("select count(*) from fact where event_id = ?", eventId) == 1);
    }

    /**
     * Sends events about one subject one right after the other, so that they most likely arrive in one
     * poll and are booked in one transaction, then waits until all are stored; returns their event ids.
     * Each event is a type and its data.
     */
    public static List<String> happenedTogether(String subject, Instant time, List<Map.Entry<String, String>> events) {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, String> event : events) {
            String eventId = UUID.randomUUID().toString();
            send(eventId, event.getKey(), subject, event.getValue(), time);
            ids.add(eventId);
        }
        await().atMost(WAIT).until(() -> count("select count(*) from fact where event_id = any(?)",
                (Object) ids.toArray(String[]::new)) == ids.size());
        return ids;
    }

    private static void send(String eventId, String type, String subject, String data, Instant time) {
        String service = type.startsWith("zhaoshang.project.") ? "projects"
                : type.startsWith("zhaoshang.park.") ? "parks" : "leads";
        String topic = "zhaoshang." + service + ".v1";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_type", type);
        headers.put("ce_source", "/zhaoshang/" + service);
        headers.put("ce_subject", subject);
        headers.put("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(time, ZoneOffset.UTC)));
        headers.put("content-type", "application/json");
        try (TopicProbe producer = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), topic)) {
            producer.send(topic, subject, data, headers);
        }
    }

    /** A lead reported by a team, which holds it. */
    public static String leadRegistered(String zone, String team, String code, Instant time) {
        String leadId = UUID.randomUUID().toString();
        return happened(ScoringTestStack.LEAD_REGISTERED, leadId, example(ScoringTestStack.LEAD_REGISTERED, zone)
                .put("leadId", leadId).put("code", code).put("ownerTeam", team).put("reportedTeam", team), time);
    }

    /** A project created and owned by a team, then moved to a stage; returns the stage change's event id. */
    public static String projectReached(String zone, String team, String code, String stage, String amount, Instant time) {
        String projectId = UUID.randomUUID().toString();
        ObjectNode created = example(ScoringTestStack.PROJECT_CREATED, zone).put("projectId", projectId).put("code", code)
                .put("ownerTeam", team).putNull("parkId");
        created.putObject("teamShares").put(team, 100);
        created.putObject("totalInvestment").put("amount", amount).put("currency", "CNY");
        happened(ScoringTestStack.PROJECT_CREATED, projectId, created, time);
        ObjectNode changed = example(ScoringTestStack.STAGE_CHANGED, zone).put("projectId", projectId).put("code", code)
                .put("from", "NEGOTIATING").put("to", stage).put("changedAt", time.toString())
                .put("totalInvestmentCny", amount).put("ownerTeam", team).putNull("parkId");
        changed.putObject("totalInvestment").put("amount", amount).put("currency", "CNY");
        changed.putObject("teamShares").put(team, 100);
        return happened(ScoringTestStack.STAGE_CHANGED, projectId, changed, time);
    }
}
