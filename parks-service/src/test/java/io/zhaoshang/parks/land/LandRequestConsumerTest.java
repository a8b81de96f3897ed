package io.zhaoshang.parks.land;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.parks.ParksTestStack;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The consumer side of the land contract: projects-service's land requests and stage changes, sent
 * as that service sends them (the schemas' examples with ids of this test), are answered on
 * zhaoshang.parks.v1, each exactly once, and poison goes to the dead letters.
 */
@QuarkusTest
class LandRequestConsumerTest {

    private static final String DLQ = Land.PROJECTS_TOPIC + ".dlq";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe parks;
    private TopicProbe deadLetters;
    private String zone;
    private String park;

    @BeforeEach
    void openProbesAndZone() {
        parks = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ParksTestStack.TOPIC);
        deadLetters = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), DLQ);
        zone = Land.newZoneCode();
        park = Land.zoneWithPark(zone);
    }

    @AfterEach
    void closeProbes() {
        parks.close();
        deadLetters.close();
    }

    @Test
    void the_example_land_request_is_answered_with_land_reserved_once_however_often_it_comes() throws Exception {
        String parcel = Land.parcel(zone, "JN-2026-G07", park, "52.75");
        String projectId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String request = landRequest(projectId, park);

        send(projectId, request, eventId, Land.LAND_REQUESTED);
        ConsumerRecord<String, String> answer = awaitAnswer(eventId, Land.RESERVED);

        EventContract.assertValid(Land.RESERVED, answer.value());
        JsonNode data = json.readTree(answer.value());
        String reservation = data.get("reservationId").asText();
        assertThat(answer.key()).isEqualTo(reservation);
        assertThat(data.get("projectId").asText()).isEqualTo(projectId);
        assertThat(data.get("zone").asText()).isEqualTo(zone);
        assertThat(data.get("parkId").asText()).isEqualTo(park);
        assertThat(data.get("requestedMu").decimalValue()).isEqualByComparingTo("50");
        assertThat(data.get("reservedMu").decimalValue()).isEqualByComparingTo("52.75");
        assertThat(data.get("parcels").get(0).get("parcelId").asText()).isEqualTo(parcel);
        assertThat(rows("select status, project_id::text as project, created_by from land_reservation "
                + "where request_event_id = ?", eventId)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("status", "RESERVED")
                .containsEntry("project", projectId)
                .containsEntry("created_by", "parks-service"));
        assertThat(rows("select status, reservation_id::text as reservation from parcel where id = ?::uuid", parcel))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("status", "RESERVED")
                        .containsEntry("reservation", reservation));
        Land.admin(zone).get("/api/v1/land-reservations/{id}", reservation).then().statusCode(200)
                .body("requestEventId", equalTo(eventId));

        // a redelivery of the same event changes nothing, even with a parcel free to take
        Land.parcel(zone, "JN-2026-G09", park, "60");
        send(projectId, request, eventId, Land.LAND_REQUESTED);
        awaitHandledUpTo(projectId);
        assertThat(count("select count(*) from land_reservation where project_id = ?::uuid", UUID.fromString(projectId)))
                .isEqualTo(1);
        assertThat(count("select count(*) from parcel where zone = ? and status = 'RESERVED'", zone)).isEqualTo(1);
        assertThat(count("select count(*) from inbox_event where event_id = ?", eventId)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where payload like ?", "%" + eventId + "%")).isEqualTo(1);
    }

    @Test
    void a_request_that_cannot_be_met_is_answered_with_the_reason() throws Exception {
        String retired = Land.park(zone, "OLD");
        Land.retire(zone, retired);
        Land.parcel(zone, "SMALL-1", park, "10");
        Map<String, String> requests = Map.of(
                "NO_PARCEL_FITS", landRequest(UUID.randomUUID().toString(), park),
                "UNKNOWN_PARK", landRequest(UUID.randomUUID().toString(), UUID.randomUUID().toString()),
                "PARK_NOT_OPEN", landRequest(UUID.randomUUID().toString(), retired),
                "ZONE_NOT_REGISTERED", withField(landRequest(UUID.randomUUID().toString(), park), "zone",
                        Land.newZoneCode()));

        for (Map.Entry<String, String> request : requests.entrySet()) {
            String eventId = UUID.randomUUID().toString();
            String projectId = json.readTree(request.getValue()).get("projectId").asText();
            send(projectId, request.getValue(), eventId, Land.LAND_REQUESTED);

            ConsumerRecord<String, String> answer = awaitAnswer(eventId, Land.REJECTED);
            EventContract.assertValid(Land.REJECTED, answer.value());
            JsonNode data = json.readTree(answer.value());
            assertThat(data.get("reason").asText()).as(request.getKey()).isEqualTo(request.getKey());
            assertThat(data.get("projectId").asText()).isEqualTo(projectId);
            assertThat(data.get("reservationId").asText()).isEqualTo(answer.key());
            assertThat(rows("select status, rejection_reason, reserved_mu from land_reservation "
                    + "where request_event_id = ?", eventId)).singleElement().satisfies(row -> assertThat(row)
                    .containsEntry("status", "REJECTED")
                    .containsEntry("rejection_reason", request.getKey())
                    .containsEntry("reserved_mu", null));
        }
        assertThat(count("select count(*) from parcel where zone = ? and status = 'AVAILABLE'", zone)).isEqualTo(1);
    }

    @Test
    void construction_start_allocates_the_projects_land_once() throws Exception {
        String parcel = Land.parcel(zone, "C-1", park, "50");
        String projectId = UUID.randomUUID().toString();
        String reservation = reserveByEvent(projectId);
        String eventId = UUID.randomUUID().toString();
        String change = stageChange(projectId, "APPROVING", "UNDER_CONSTRUCTION");

        send(projectId, change, eventId, Land.STAGE_CHANGED);
        ConsumerRecord<String, String> allocated = awaitEvent(reservation, Land.ALLOCATED);
        EventContract.assertValid(Land.ALLOCATED, allocated.value());
        assertThat(json.readTree(allocated.value()).get("projectId").asText()).isEqualTo(projectId);
        assertThat(rows("select status, updated_by, version from land_reservation where id = ?::uuid", reservation))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("status", "ALLOCATED")
                        .containsEntry("updated_by", "parks-service").containsEntry("version", 1L));
        assertThat(rows("select status from parcel where id = ?::uuid", parcel).get(0)).containsEntry("status",
                "ALLOCATED");

        send(projectId, change, eventId, Land.STAGE_CHANGED);
        awaitHandledUpTo(projectId);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = ?", reservation,
                Land.ALLOCATED)).isEqualTo(1);
        assertThat(rows("select version from land_reservation where id = ?::uuid", reservation).get(0))
                .containsEntry("version", 1L);
    }

    @Test
    void an_abandoned_project_gives_back_its_reserved_land_and_keeps_the_allocated() throws Exception {
        String allocatedParcel = Land.parcel(zone, "D-1", park, "50");
        String reservedParcel = Land.parcel(zone, "D-2", park, "20");
        String projectId = UUID.randomUUID().toString();
        Map<String, Object> first = Land.reservation(park, "50");
        first.put("projectId", projectId);
        String allocated = Land.reserve(zone, first);
        Land.admin(zone).post("/api/v1/land-reservations/{id}/allocation", allocated).then().statusCode(200);
        Map<String, Object> second = Land.reservation(park, "20");
        second.put("projectId", projectId);
        String reserved = Land.reserve(zone, second);

        send(projectId, stageChange(projectId, "APPROVING", "ABANDONED"), UUID.randomUUID().toString(),
                Land.STAGE_CHANGED);
        ConsumerRecord<String, String> released = awaitEvent(reserved, Land.RELEASED);
        EventContract.assertValid(Land.RELEASED, released.value());
        assertThat(json.readTree(released.value()).get("reason").asText()).isEqualTo("PROJECT_ABANDONED");
        assertThat(rows("select status, release_reason from land_reservation where id = ?::uuid", reserved).get(0))
                .containsEntry("status", "RELEASED").containsEntry("release_reason", "PROJECT_ABANDONED");
        assertThat(rows("select status, reservation_id from parcel where id = ?::uuid", reservedParcel).get(0))
                .containsEntry("status", "AVAILABLE").containsEntry("reservation_id", null);
        // land supplied is taken back only by a separate legal process, not by the project's end
        assertThat(rows("select status from land_reservation where id = ?::uuid", allocated).get(0))
                .containsEntry("status", "ALLOCATED");
        assertThat(rows("select status from parcel where id = ?::uuid", allocatedParcel).get(0))
                .containsEntry("status", "ALLOCATED");
    }

    @Test
    void other_project_events_and_other_stages_are_recorded_and_change_nothing() throws Exception {
        Land.parcel(zone, "E-1", park, "50");
        String projectId = UUID.randomUUID().toString();
        String reservation = reserveByEvent(projectId);
        String created = UUID.randomUUID().toString();
        String onHold = UUID.randomUUID().toString();
        ObjectNode project = node(EventContract.example("zhaoshang.project.created.v1"));
        project.put("projectId", projectId).put("zone", zone);

        send(projectId, project.toString(), created, "zhaoshang.project.created.v1");
        send(projectId, stageChange(projectId, "APPROVING", "ON_HOLD"), onHold, Land.STAGE_CHANGED);
        awaitHandledUpTo(projectId);

        assertThat(count("select count(*) from inbox_event where event_id in (?, ?)", created, onHold)).isEqualTo(2);
        assertThat(rows("select status, version from land_reservation where id = ?::uuid", reservation).get(0))
                .containsEntry("status", "RESERVED").containsEntry("version", 0L);
    }

    @Test
    void poison_goes_to_the_dead_letters() {
        String projectId = UUID.randomUUID().toString();
        String notJson = UUID.randomUUID().toString();
        String unknownLandUse = UUID.randomUUID().toString();
        String noArea = UUID.randomUUID().toString();

        send(projectId, "{\"projectId\": ", notJson, Land.LAND_REQUESTED);
        send(projectId, withField(landRequest(projectId, park), "landUse", "FARMLAND"), unknownLandUse,
                Land.LAND_REQUESTED);
        send(projectId, withField(landRequest(projectId, park), "areaMu", "12.345"), noArea, Land.LAND_REQUESTED);

        List<ConsumerRecord<String, String>> dead = deadLetters.awaitRecords(r -> projectId.equals(r.key()), 3, WAIT);
        assertThat(dead).extracting(r -> header(r, "ce_id")).containsExactly(notJson, unknownLandUse, noArea);
        assertThat(dead).allSatisfy(r -> assertThat(header(r, "dead-letter-topic")).isEqualTo(Land.PROJECTS_TOPIC));
        assertThat(dead).extracting(r -> header(r, "dead-letter-reason")).satisfiesExactly(
                reason -> assertThat(reason).contains("not JSON"),
                reason -> assertThat(reason).contains("FARMLAND"),
                reason -> assertThat(reason).contains("12.345"));
        assertThat(count("select count(*) from land_reservation where project_id = ?::uuid", UUID.fromString(projectId)))
                .isZero();
    }

    /** The example of the land-request contract, for this test's project and park and zone. */
    private String landRequest(String projectId, String parkId) {
        ObjectNode request = node(EventContract.example(Land.LAND_REQUESTED));
        request.put("projectId", projectId).put("zone", zone).put("parkId", parkId);
        return request.toString();
    }

    /** The example of the stage-change contract, for this test's project and zone. */
    private String stageChange(String projectId, String from, String to) {
        ObjectNode change = node(EventContract.example(Land.STAGE_CHANGED));
        change.put("projectId", projectId).put("zone", zone).put("from", from).put("to", to);
        return change.toString();
    }

    private ObjectNode node(String data) {
        try {
            return (ObjectNode) json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String withField(String data, String field, String value) {
        ObjectNode node = node(data);
        if (field.equals("areaMu")) {
            node.put(field, new BigDecimal(value));
        } else {
            node.put(field, value);
        }
        return node.toString();
    }

    private String reserveByEvent(String projectId) throws Exception {
        String eventId = UUID.randomUUID().toString();
        send(projectId, landRequest(projectId, park), eventId, Land.LAND_REQUESTED);
        return json.readTree(awaitAnswer(eventId, Land.RESERVED).value()).get("reservationId").asText();
    }

    private void send(String projectId, String data, String eventId, String type) {
        parks.send(Land.PROJECTS_TOPIC, projectId, data,
                Land.projectEventHeaders(eventId, type, projectId, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /**
     * Waits until everything sent for the project so far is handled: a poison record on its key (so
     * its partition) goes to the dead letters only after the records before it.
     */
    private void awaitHandledUpTo(String projectId) {
        String marker = UUID.randomUUID().toString();
        send(projectId, "not json", marker, Land.LAND_REQUESTED);
        deadLetters.awaitRecords(r -> marker.equals(header(r, "ce_id")), 1, WAIT);
    }

    private ConsumerRecord<String, String> awaitAnswer(String requestEventId, String type) {
        return parks.awaitRecords(r -> type.equals(header(r, "ce_type")) && r.value().contains(requestEventId), 1, WAIT)
                .get(0);
    }

    private ConsumerRecord<String, String> awaitEvent(String reservationId, String type) {
        return parks.awaitRecords(r -> reservationId.equals(r.key()) && type.equals(header(r, "ce_type")), 1, WAIT)
                .get(0);
    }
}
