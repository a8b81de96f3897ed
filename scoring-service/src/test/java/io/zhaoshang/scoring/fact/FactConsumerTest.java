package io.zhaoshang.scoring.fact;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.scoring.Metrics;
import io.zhaoshang.scoring.ScoringTestStack;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The platform's delivery guarantees, as scoring consumes lead and project events from real Kafka. */
@QuarkusTest
class FactConsumerTest {

    private static final String LEADS_DLQ = ScoringTestStack.LEADS_TOPIC + ".dlq";
    private static final String LEAD_REGISTERED = "zhaoshang.lead.registered.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private TopicProbe deadLetters;

    @BeforeEach
    void openProbe() {
        deadLetters = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), LEADS_DLQ);
    }

    @AfterEach
    void closeProbe() {
        deadLetters.close();
    }

    @Test
    void an_event_delivered_twice_is_one_fact() {
        String leadId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String zone = "Z-" + leadId.substring(0, 8);
        double duplicatesBefore = duplicates(LEAD_REGISTERED);

        for (int delivery = 0; delivery < 2; delivery++) {
            send(leadId, leadData(leadId, zone), CloudEvents.leadEvent(eventId, LEAD_REGISTERED, leadId));
        }
        // poison after both deliveries, on their partition: once it is dead-lettered, both were handled
        String marker = UUID.randomUUID().toString();
        send(leadId, "not json", CloudEvents.leadEvent(marker, LEAD_REGISTERED, leadId));
        deadLetters.awaitRecords(r -> marker.equals(header(r, "ce_id")), 1, WAIT);

        assertThat(count("select count(*) from fact where event_id = ?", eventId)).isEqualTo(1);
        assertThat(count("select count(*) from inbox_event where event_id = ?", eventId)).isEqualTo(1);
        assertThat(deadLetters.seen()).noneMatch(r -> eventId.equals(header(r, "ce_id")));
        assertThat(duplicates(LEAD_REGISTERED)).isEqualTo(duplicatesBefore + 1);

        Map<String, Object> fact = rows("select event_type, source, subject, zone, data->>'leadId' as lead from fact "
                + "where event_id = ?", eventId).get(0);
        assertThat(fact).containsEntry("event_type", LEAD_REGISTERED)
                .containsEntry("source", "/zhaoshang/leads")
                .containsEntry("subject", leadId)
                .containsEntry("zone", zone)
                .containsEntry("lead", leadId);
    }

    /**
     * Both copies sent together, most likely in one poll with nothing poisoned to split it: the poll's
     * single inbox insert takes the first copy, and the second is a repeat all the same.
     */
    @Test
    void an_event_twice_in_one_poll_is_one_fact() {
        String leadId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String zone = "Z-" + leadId.substring(0, 8);
        double duplicatesBefore = duplicates(LEAD_REGISTERED);

        send(leadId, leadData(leadId, zone), CloudEvents.leadEvent(eventId, LEAD_REGISTERED, leadId));
        send(leadId, leadData(leadId, zone), CloudEvents.leadEvent(eventId, LEAD_REGISTERED, leadId));
        await().atMost(WAIT).until(() -> duplicates(LEAD_REGISTERED) >= duplicatesBefore + 1);

        assertThat(duplicates(LEAD_REGISTERED)).isEqualTo(duplicatesBefore + 1);
        assertThat(count("select count(*) from fact where event_id = ?", eventId)).isEqualTo(1);
        assertThat(count("select count(*) from inbox_event where event_id = ?", eventId)).isEqualTo(1);
        assertThat(count("select count(*) from ledger_entry e join fact f on f.id = e.fact_id where f.event_id = ?",
                eventId)).isLessThanOrEqualTo(1);
    }

    /**
     * Sent together, so that they most likely arrive in one poll and are handled in one transaction:
     * the event that fails its effect is rolled back with the others, then each goes on its own.
     */
    @Test
    void the_events_around_a_poisoned_one_of_the_same_poll_are_facts_once_each() {
        String leadId = UUID.randomUUID().toString();
        String zone = "Z-" + leadId.substring(0, 8);
        String before = UUID.randomUUID().toString();
        String noTime = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();

        send(leadId, leadData(leadId, zone), CloudEvents.leadEvent(before, LEAD_REGISTERED, leadId));
        send(leadId, leadData(leadId, zone), without("ce_time", CloudEvents.leadEvent(noTime, LEAD_REGISTERED, leadId)));
        send(leadId, leadData(leadId, zone), CloudEvents.leadEvent(after, LEAD_REGISTERED, leadId));
        send(leadId, leadData(leadId, zone), CloudEvents.leadEvent(before, LEAD_REGISTERED, leadId));
        String marker = UUID.randomUUID().toString();
        send(leadId, "not json", CloudEvents.leadEvent(marker, LEAD_REGISTERED, leadId));

        List<ConsumerRecord<String, String>> dead = deadLetters.awaitRecords(r -> leadId.equals(r.key()), 2, WAIT);
        assertThat(dead).extracting(r -> header(r, "ce_id")).containsExactly(noTime, marker);
        assertThat(rows("select event_id from fact where zone = ? order by id", zone))
                .extracting(row -> row.get("event_id")).containsExactly(before, after);
        assertThat(count("select count(*) from inbox_event where event_id = any(?)",
                (Object) new String[] {before, noTime, after})).isEqualTo(2);
    }

    @Test
    void poison_goes_to_the_dead_letters_and_the_partition_moves_on() {
        String leadId = UUID.randomUUID().toString();
        String notJson = UUID.randomUUID().toString();
        String noSource = UUID.randomUUID().toString();
        String noTime = UUID.randomUUID().toString();
        String notAnObject = UUID.randomUUID().toString();
        String valid = UUID.randomUUID().toString();
        double deadLetteredBefore = deadLettered();

        send(leadId, "{\"leadId\": ", CloudEvents.leadEvent(notJson, LEAD_REGISTERED, leadId));
        send(leadId, leadData(leadId, "JN-HTZ"), Map.of());
        send(leadId, leadData(leadId, "JN-HTZ"),
                without("ce_source", CloudEvents.leadEvent(noSource, LEAD_REGISTERED, leadId)));
        send(leadId, leadData(leadId, "JN-HTZ"),
                without("ce_time", CloudEvents.leadEvent(noTime, LEAD_REGISTERED, leadId)));
        send(leadId, "[\"a\", \"list\"]", CloudEvents.leadEvent(notAnObject, LEAD_REGISTERED, leadId));
        // all on one key, so one partition: the valid event waits behind the poisoned ones
        send(leadId, leadData(leadId, "JN-HTZ"), CloudEvents.leadEvent(valid, LEAD_REGISTERED, leadId));

        List<ConsumerRecord<String, String>> dead = deadLetters.awaitRecords(r -> leadId.equals(r.key()), 5, WAIT);
        assertThat(dead).hasSize(5).allSatisfy(r -> assertThat(header(r, "dead-letter-topic"))
                .isEqualTo(ScoringTestStack.LEADS_TOPIC));
        assertThat(dead).extracting(r -> header(r, "ce_id")).containsExactly(notJson, null, noSource, noTime, notAnObject);
        assertThat(dead).extracting(r -> header(r, "dead-letter-reason")).satisfiesExactly(
                reason -> assertThat(reason).contains("not JSON"),
                reason -> assertThat(reason).contains("no ce_id header"),
                reason -> assertThat(reason).contains("no ce_source header"),
                reason -> assertThat(reason).contains("no ce_time"),
                reason -> assertThat(reason).contains("not a JSON object"));

        await().atMost(WAIT).until(() -> count("select count(*) from fact where event_id = ?", valid) == 1);
        List<String> poisoned = List.of(notJson, noSource, noTime, notAnObject);
        assertThat(count("select count(*) from fact where event_id = any(?)", (Object) poisoned.toArray(String[]::new)))
                .isZero();
        assertThat(count("select count(*) from inbox_event where event_id = any(?)",
                (Object) poisoned.toArray(String[]::new))).isZero();
        assertThat(deadLettered()).isGreaterThanOrEqualTo(deadLetteredBefore + 5);
    }

    @Test
    void a_project_event_is_a_fact_its_zone_admin_can_list() {
        String projectId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String zone = "Z-" + projectId.substring(0, 8);
        String type = "zhaoshang.project.created.v1";
        OffsetDateTime happened = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3).truncatedTo(ChronoUnit.MICROS);

        try (TopicProbe projects = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(),
                ScoringTestStack.PROJECTS_TOPIC)) {
            projects.send(ScoringTestStack.PROJECTS_TOPIC, projectId, """
                    {"projectId": "%s", "zone": "%s", "stage": "NEGOTIATING", "addedLater": {"a": 1}}
                    """.formatted(projectId, zone),
                    CloudEvents.headers(eventId, type, "/zhaoshang/projects", projectId, happened));
        }
        await().atMost(WAIT).until(() -> count("select count(*) from fact where event_id = ?", eventId) == 1);

        given(zone, Roles.ZONE_ADMIN).queryParam("type", type).get("/api/v1/facts")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].eventId", equalTo(eventId))
                .body("items[0].source", equalTo("/zhaoshang/projects"))
                .body("items[0].subject", equalTo(projectId))
                .body("items[0].zone", equalTo(zone))
                .body("items[0].occurredAt", equalTo(happened.toInstant().toString()))
                .body("items[0].data.stage", equalTo("NEGOTIATING"))
                .body("items[0].data.addedLater.a", equalTo(1));
        given(zone, Roles.ZONE_ADMIN).queryParam("type", LEAD_REGISTERED).get("/api/v1/facts")
                .then().statusCode(200).body("items", hasSize(0));
        given(zone, Roles.ZONE_ADMIN).get("/api/v1/facts")
                .then().statusCode(200).body("items.eventId", contains(eventId));
        given("ELSEWHERE", Roles.ZONE_ADMIN).queryParam("type", type).get("/api/v1/facts")
                .then().statusCode(200).body("items.eventId", not(hasItem(eventId)));
        given(zone, Roles.TEAM_LEAD).get("/api/v1/facts").then().statusCode(403).body("code", equalTo("forbidden"));
        given(zone, Roles.ZONE_ADMIN).queryParam("type", "Project Created").get("/api/v1/facts")
                .then().statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo("type"));
    }

    /**
     * The consumer side of the contract (docs/events/): the example of every leads and projects
     * event type, sent as those services send it, is kept as a fact with exactly that data.
     */
    @Test
    void the_example_of_every_leads_and_projects_contract_is_a_fact_with_its_data() throws Exception {
        ObjectMapper json = new ObjectMapper();
        // type -> the field of its data that is the aggregate id (record key and subject)
        Map<String, String> consumed = new LinkedHashMap<>();
        consumed.put("zhaoshang.company.registered.v1", "companyId");
        consumed.put("zhaoshang.company.changed.v1", "companyId");
        consumed.put("zhaoshang.project.created.v1", "projectId");
        Map<String, String> eventIds = new LinkedHashMap<>();

        try (TopicProbe producer = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(),
                ScoringTestStack.PROJECTS_TOPIC)) {
            for (Map.Entry<String, String> type : consumed.entrySet()) {
                boolean project = type.getKey().startsWith("zhaoshang.project.");
                String data = EventContract.example(type.getKey());
                String subject = json.readTree(data).get(type.getValue()).asText();
                String eventId = UUID.randomUUID().toString();
                producer.send(project ? ScoringTestStack.PROJECTS_TOPIC : ScoringTestStack.LEADS_TOPIC, subject, data,
                        CloudEvents.headers(eventId, type.getKey(), sourceOf(type.getKey()), subject,
                                OffsetDateTime.now(ZoneOffset.UTC)));
                eventIds.put(type.getKey(), eventId);
            }
        }

        for (Map.Entry<String, String> sent : eventIds.entrySet()) {
            String type = sent.getKey();
            String eventId = sent.getValue();
            await().atMost(WAIT).until(() -> count("select count(*) from fact where event_id = ?", eventId) == 1);
            Map<String, Object> fact = rows("select event_type, source, subject, zone, data::text as data from fact "
                    + "where event_id = ?", eventId).get(0);
            String example = EventContract.example(type);
            assertThat(fact).as(type).containsEntry("event_type", type)
                    .containsEntry("source", sourceOf(type))
                    .containsEntry("subject", json.readTree(example).get(consumed.get(type)).asText())
                    .containsEntry("zone", json.readTree(example).get("zone").asText());
            assertThat(json.readTree((String) fact.get("data"))).as("data of the " + type + " fact")
                    .isEqualTo(json.readTree(example));
        }
    }

    private static String sourceOf(String type) {
        return type.startsWith("zhaoshang.project.") ? "/zhaoshang/projects" : "/zhaoshang/leads";
    }

    private static RequestSpecification given(String zone, String role) {
        String token = ZhaoshangTestResource.tokens().issue(role + "-of-" + zone, zone, null, role);
        return RestAssured.given().auth().oauth2(token);
    }

    private void send(String key, String value, Map<String, String> headers) {
        deadLetters.send(ScoringTestStack.LEADS_TOPIC, key, value, headers);
    }

    private static Map<String, String> without(String header, Map<String, String> headers) {
        headers.remove(header);
        return headers;
    }

    private static String leadData(String leadId, String zone) {
        return """
                {"leadId": "%s", "zone": "%s", "companyName": "济宁某新材料有限公司"}
                """.formatted(leadId, zone);
    }

    private static double duplicates(String type) {
        return Metrics.value("zhaoshang_events_consumed_total", Map.of("type", type, "outcome", "duplicate"));
    }

    private static double deadLettered() {
        return Metrics.value("zhaoshang_events_dead_lettered_total", Map.of("topic", ScoringTestStack.LEADS_TOPIC));
    }
}
