package io.zhaoshang.projects.land;

import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.projects.EventTopics;
import io.zhaoshang.projects.project.Projects;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Parks' answers, the contract's examples sent as real records on zhaoshang.parks.v1, recorded on the project. */
@QuarkusTest
class LandAnswersTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void reserved_then_allocated_then_released_and_a_redelivery_changes_nothing() {
        String zone = Projects.newZone();
        String id = approving(zone);
        String requestEventId = (String) land(id).get("request");
        String reservationId = UUID.randomUUID().toString();

        String reserved = EventTopics.example("zhaoshang.land.reserved.v1", data -> data
                .put("reservationId", reservationId).put("projectId", id).put("zone", zone)
                .put("requestEventId", requestEventId));
        String reservedEvent = EventTopics.send(EventTopics.PARKS, "zhaoshang.land.reserved.v1", reservationId, reserved);
        EventTopics.awaitHandled(reservedEvent);
        assertThat(land(id)).containsEntry("status", "RESERVED").containsEntry("reservation", reservationId)
                .containsEntry("parcels", 2).containsEntry("version", 0L);
        Projects.member(zone).get("/api/v1/projects/{id}", id).then()
                .body("land.status", equalTo("RESERVED"))
                .body("land.parcels[0].code", equalTo("JN-2026-G07"))
                .body("land.reservedUntil", equalTo("2027-02-20T08:15:30.123456Z"));

        EventTopics.awaitHandled(EventTopics.send(EventTopics.PARKS, "zhaoshang.land.allocated.v1", reservationId,
                EventTopics.example("zhaoshang.land.allocated.v1", data -> data.put("reservationId", reservationId)
                        .put("projectId", id).put("zone", zone))));
        assertThat(land(id)).containsEntry("status", "ALLOCATED").containsEntry("version", 1L);

        // the reservation answered again (a redelivery): the inbox passes it over
        EventTopics.send(EventTopics.PARKS, reservedEvent, "zhaoshang.land.reserved.v1", reservationId, reserved);
        String released = EventTopics.send(EventTopics.PARKS, "zhaoshang.land.released.v1", reservationId,
                EventTopics.example("zhaoshang.land.released.v1", data -> data.put("reservationId", reservationId)
                        .put("projectId", id).put("zone", zone).put("version", 2).put("reason", "RELEASED_BY_PARK")));
        EventTopics.awaitHandled(released);
        assertThat(land(id)).containsEntry("status", "RELEASED").containsEntry("reason", "RELEASED_BY_PARK")
                .containsEntry("version", 2L);
    }

    @Test
    void a_rejection_is_recorded_with_its_reason_and_a_stale_answer_is_passed_over() {
        String zone = Projects.newZone();
        String id = approving(zone);
        String requestEventId = (String) land(id).get("request");

        String stale = UUID.randomUUID().toString();
        EventTopics.awaitHandled(EventTopics.send(EventTopics.PARKS, "zhaoshang.land.reserved.v1", stale,
                EventTopics.example("zhaoshang.land.reserved.v1", data -> data.put("reservationId", stale)
                        .put("projectId", id).put("zone", zone).put("requestEventId", UUID.randomUUID().toString()))));
        assertThat(land(id)).containsEntry("status", "REQUESTED");

        String rejection = UUID.randomUUID().toString();
        EventTopics.awaitHandled(EventTopics.send(EventTopics.PARKS, "zhaoshang.land.reservation-rejected.v1",
                rejection, EventTopics.example("zhaoshang.land.reservation-rejected.v1", data -> data
                        .put("reservationId", rejection).put("projectId", id).put("zone", zone)
                        .put("requestEventId", requestEventId))));
        assertThat(land(id)).containsEntry("status", "REJECTED").containsEntry("reason", "NO_PARCEL_FITS")
                .containsEntry("reservation", rejection);

        // an answer naming a project of another zone changes nothing
        EventTopics.awaitHandled(EventTopics.send(EventTopics.PARKS, "zhaoshang.land.reserved.v1", stale,
                EventTopics.example("zhaoshang.land.reserved.v1", data -> data.put("reservationId", stale)
                        .put("projectId", id).put("zone", "OTHER-ZONE").put("requestEventId", requestEventId))));
        assertThat(land(id)).containsEntry("status", "REJECTED");
    }

    private static String approving(String zone) {
        String parkId = EventTopics.registerPark(zone, null, "ACTIVE");
        String subParkId = EventTopics.registerPark(zone, parkId, "ACTIVE");
        String id = Projects.member(zone).body(Projects.bodyWith("项目", null, """
                {"amount": "500000000", "currency": "CNY"}""", "\"parkId\": \"" + parkId + "\"",
                "\"subParkId\": \"" + subParkId + "\"")).post("/api/v1/projects")
                .then().statusCode(201).body("subParkId", equalTo(subParkId)).extract().path("id");
        Projects.member(zone).header("If-Match", "\"0\"").body("""
                {"to": "SIGNED", "date": "%s", "agreement": {"type": "FRAMEWORK", "number": "KJ-7", "date": "%s",
                 "signedAmount": {"amount": "500000000", "currency": "CNY"}}}""".formatted(TODAY, TODAY))
                .post("/api/v1/projects/{id}/stage-transitions", id).then().statusCode(200);
        Projects.member(zone).header("If-Match", "\"1\"").body("{\"to\": \"APPROVING\", \"date\": \"%s\"}".formatted(TODAY))
                .post("/api/v1/projects/{id}/stage-transitions", id).then().statusCode(200);
        // the land is asked of the sub-park
        assertThat(rows("select payload::jsonb ->> 'parkId' p from outbox_event where aggregate_id = ? and event_type = ?",
                id, "zhaoshang.project.land-requested.v1").get(0)).containsEntry("p", subParkId);
        return id;
    }

    private static Map<String, Object> land(String id) {
        return rows("""
                select land_status status, land_request_event_id::text request, land_reservation_id::text reservation,
                       jsonb_array_length(land_parcels) parcels, land_reservation_version version,
                       land_answer_reason reason
                from project where id = ?::uuid""", id).get(0);
    }
}
