package io.zhaoshang.parks.land;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.parks.ParksTestStack;
import io.zhaoshang.platform.security.Roles;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A park administrator reserves land by hand, allocates it and releases it; each step is published. */
@QuarkusTest
class LandReservationResourceTest {

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;
    private String zone;
    private String park;

    @BeforeEach
    void openProbeAndZone() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ParksTestStack.TOPIC);
        zone = Land.newZoneCode();
        park = Land.zoneWithPark(zone);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void the_pool_picks_the_tightest_parcel_holds_it_and_publishes_land_reserved() throws Exception {
        Land.parcel(zone, "G-80", park, "80");
        String tight = Land.parcel(zone, "G-52", park, "52.5");
        Map<String, Object> rnd = Land.parcel("R-50", park, "50");
        rnd.put("landUse", "RND");
        Land.registerParcel(zone, rnd);
        Map<String, Object> request = Land.reservation(park, "50");
        Instant before = Instant.now();

        String location = Land.admin(zone).body(Land.json(request)).post("/api/v1/land-reservations")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("zone", equalTo(zone))
                .body("projectId", equalTo(request.get("projectId")))
                .body("parkId", equalTo(park))
                .body("landUse", equalTo("INDUSTRIAL"))
                .body("requestedMu", equalTo(50f))
                .body("status", equalTo("RESERVED"))
                .body("reservedMu", equalTo(52.5f))
                .body("parcels.parcelId", contains(tight))
                .body("parcels.code", contains("G-52"))
                .body("rejectionReason", nullValue())
                .body("requestEventId", nullValue())
                .body("createdBy", equalTo("park-admin-of-" + zone))
                .extract().header("Location");
        String id = Land.as(zone, Roles.VIEWER).get(location).then().statusCode(200).header("ETag", "\"0\"")
                .extract().path("id");
        assertThat(location).endsWith("/api/v1/land-reservations/" + id);
        Instant until = Instant.parse(Land.as(zone, Roles.VIEWER).get(location).then().extract().path("reservedUntil"));
        assertThat(until).isBetween(before.plus(Duration.ofDays(90)), Instant.now().plus(Duration.ofDays(90)));

        Land.admin(zone).get("/api/v1/parcels/{id}", tight).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("RESERVED"))
                .body("reservationId", equalTo(id));
        assertThat(rows("select status, reserved_mu, requested_mu from land_reservation where id = ?::uuid", id))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("status", "RESERVED")
                        .containsEntry("reserved_mu", new BigDecimal("52.50"))
                        .containsEntry("requested_mu", new BigDecimal("50.00")));
        assertThat(count("select count(*) from parcel where reservation_id = ?::uuid", id)).isEqualTo(1);

        ConsumerRecord<String, String> event = awaitEvent(id, Land.RESERVED);
        EventContract.assertValid(Land.RESERVED, event.value());
        assertThat(header(event, "ce_subject")).isEqualTo(id);
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("reservationId").asText()).isEqualTo(id);
        assertThat(data.get("zone").asText()).isEqualTo(zone);
        assertThat(data.get("projectId").asText()).isEqualTo(request.get("projectId"));
        assertThat(data.get("requestedMu").decimalValue()).isEqualByComparingTo("50");
        assertThat(data.get("reservedMu").decimalValue()).isEqualByComparingTo("52.5");
        assertThat(Instant.parse(data.get("reservedUntil").asText())).isEqualTo(until);
        assertThat(data.get("parcels")).hasSize(1);
        assertThat(data.get("parcels").get(0).get("parcelId").asText()).isEqualTo(tight);
        assertThat(data.get("parcels").get(0).get("code").asText()).isEqualTo("G-52");
        assertThat(data.get("requestEventId").isNull()).isTrue();
        assertThat(data.get("version").asLong()).isZero();
    }

    @Test
    void several_parcels_are_held_together_when_none_alone_suffices() {
        String a = Land.parcel(zone, "P-A", park, "30");
        String b = Land.parcel(zone, "P-B", park, "25");
        String c = Land.parcel(zone, "P-C", park, "25");
        String id = Land.reserve(zone, Land.reservation(park, "50"));
        Land.admin(zone).get("/api/v1/land-reservations/{id}", id).then().statusCode(200)
                .body("parcels.parcelId", contains(b, c))
                .body("reservedMu", equalTo(50f));
        Land.admin(zone).get("/api/v1/parcels/{id}", a).then().body("status", equalTo("AVAILABLE"));
    }

    @Test
    void an_administrator_reserves_the_parcels_named() {
        Land.parcel(zone, "N-1", park, "50");
        String second = Land.parcel(zone, "N-2", park, "30");
        String third = Land.parcel(zone, "N-3", park, "30");
        Map<String, Object> request = Land.reservation(park, "50");
        request.put("parcelIds", List.of(third, second, third));
        Land.admin(zone).body(Land.json(request)).post("/api/v1/land-reservations")
                .then().statusCode(201)
                .body("parcels.parcelId", contains(second, third))
                .body("reservedMu", equalTo(60f));
    }

    @Test
    void allocation_makes_the_land_the_projects_for_good_and_is_published() throws Exception {
        String parcel = Land.parcel(zone, "A-1", park, "40");
        String id = Land.reserve(zone, Land.reservation(park, "40"));

        Land.as(zone, Roles.ZONE_ADMIN).post("/api/v1/land-reservations/{id}/allocation", id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("ALLOCATED"))
                .body("allocatedAt", notNullValue())
                .body("updatedBy", equalTo("zone-admin-of-" + zone));
        Land.admin(zone).get("/api/v1/parcels/{id}", parcel).then()
                .header("ETag", "\"2\"")
                .body("status", equalTo("ALLOCATED"))
                .body("reservationId", equalTo(id));
        assertThat(rows("select status, allocated_at from land_reservation where id = ?::uuid", id))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("status", "ALLOCATED")
                        .extractingByKey("allocated_at").isNotNull());

        ConsumerRecord<String, String> event = awaitEvent(id, Land.ALLOCATED);
        EventContract.assertValid(Land.ALLOCATED, event.value());
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("reservationId").asText()).isEqualTo(id);
        assertThat(data.get("reservedMu").decimalValue()).isEqualByComparingTo("40");
        assertThat(data.get("parcels").get(0).get("parcelId").asText()).isEqualTo(parcel);
        assertThat(data.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void a_release_puts_the_land_back_in_the_pool_and_is_published() throws Exception {
        String parcel = Land.parcel(zone, "B-1", park, "40");
        String id = Land.reserve(zone, Land.reservation(park, "35"));

        Land.admin(zone).post("/api/v1/land-reservations/{id}/release", id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("RELEASED"))
                .body("releaseReason", equalTo("RELEASED_BY_PARK"))
                .body("releasedAt", notNullValue())
                .body("parcels.parcelId", contains(parcel));
        Land.admin(zone).get("/api/v1/parcels/{id}", parcel).then()
                .header("ETag", "\"2\"")
                .body("status", equalTo("AVAILABLE"))
                .body("reservationId", nullValue());
        assertThat(count("select count(*) from parcel where reservation_id = ?::uuid", id)).isZero();

        ConsumerRecord<String, String> event = awaitEvent(id, Land.RELEASED);
        EventContract.assertValid(Land.RELEASED, event.value());
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("reason").asText()).isEqualTo("RELEASED_BY_PARK");
        assertThat(data.get("releasedAt").asText()).isNotBlank();
        assertThat(data.get("parcels").get(0).get("parcelId").asText()).isEqualTo(parcel);
        assertThat(data.get("version").asLong()).isEqualTo(1);

        // the land is offered again
        Land.reserve(zone, Land.reservation(park, "35"));
    }

    @Test
    void the_same_idempotency_key_and_body_reserve_once() {
        Land.parcel(zone, "I-1", park, "40");
        Land.parcel(zone, "I-2", park, "40");
        String body = Land.json(Land.reservation(park, "40"));
        String first = Land.admin(zone).header("Idempotency-Key", "res-1").body(body).post("/api/v1/land-reservations")
                .then().statusCode(201).extract().path("id");
        String again = Land.admin(zone).header("Idempotency-Key", "res-1").body(body).post("/api/v1/land-reservations")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(first);
        assertThat(count("select count(*) from land_reservation where zone = ?", zone)).isEqualTo(1);
        assertThat(count("select count(*) from parcel where zone = ? and status = 'AVAILABLE'", zone)).isEqualTo(1);
    }

    @Test
    void the_list_filters_by_project_and_status() {
        Land.parcel(zone, "L-1", park, "10");
        Land.parcel(zone, "L-2", park, "10");
        Map<String, Object> first = Land.reservation(park, "10");
        String held = Land.reserve(zone, first);
        String released = Land.reserve(zone, Land.reservation(park, "10"));
        Land.admin(zone).post("/api/v1/land-reservations/{id}/release", released).then().statusCode(200);

        Land.as(zone, Roles.TEAM_MEMBER).get("/api/v1/land-reservations")
                .then().statusCode(200).body("items.id", contains(held, released));
        Land.admin(zone).queryParam("project", first.get("projectId")).get("/api/v1/land-reservations")
                .then().statusCode(200).body("items.id", contains(held));
        Land.admin(zone).queryParam("status", "RELEASED").get("/api/v1/land-reservations")
                .then().statusCode(200).body("items.id", contains(released));
        Land.admin(zone).queryParam("limit", 1).get("/api/v1/land-reservations")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", notNullValue());
        String other = Land.newZoneCode();
        Land.zoneWithPark(other);
        Land.admin(other).get("/api/v1/land-reservations").then().statusCode(200).body("items", hasSize(0));
        Land.admin(other).get("/api/v1/land-reservations/{id}", held).then().statusCode(404)
                .body("code", equalTo("not-found"));
    }

    @Test
    void a_merge_moves_held_parcels_with_their_reservation() {
        String survivor = Land.park(zone, "PARK-2");
        String parcel = Land.parcel(zone, "M-1", park, "20");
        String id = Land.reserve(zone, Land.reservation(park, "20"));
        String etag = Land.admin(zone).get("/api/v1/parks/{id}", park).then().extract().header("ETag");
        Land.admin(zone).header("If-Match", etag).body("{\"intoParkId\": \"" + survivor + "\"}")
                .post("/api/v1/parks/{id}/merges", park).then().statusCode(200);

        Land.admin(zone).get("/api/v1/parcels/{id}", parcel).then()
                .body("parkId", equalTo(survivor)).body("status", equalTo("RESERVED")).body("reservationId", equalTo(id));
        Land.admin(zone).post("/api/v1/land-reservations/{id}/allocation", id).then().statusCode(200);
        Land.admin(zone).get("/api/v1/parcels/{id}", parcel).then().body("status", equalTo("ALLOCATED"));
    }

    private ConsumerRecord<String, String> awaitEvent(String reservationId, String type) {
        return topic.awaitRecords(r -> reservationId.equals(r.key()) && type.equals(header(r, "ce_type")), 1,
                Duration.ofSeconds(30)).get(0);
    }
}
