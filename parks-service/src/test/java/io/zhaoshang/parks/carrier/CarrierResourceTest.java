package io.zhaoshang.parks.carrier;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CarrierResourceTest {

    private static final String REGISTERED = "zhaoshang.carrier.registered.v1";
    private static final String CHANGED = "zhaoshang.carrier.changed.v1";
    private static final String LEASED = "zhaoshang.space.leased.v1";
    private static final String RELEASED = "zhaoshang.space.released.v1";

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;
    private String zone;
    private String park;

    @BeforeEach
    void openProbeAndZone() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ParksTestStack.TOPIC);
        zone = Carriers.newZoneCode();
        park = Carriers.zoneWithPark(zone);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void registers_reads_and_lists_a_carrier_and_publishes_the_event() throws Exception {
        Map<String, Object> request = Carriers.carrier("JN-BIO-F3", park);
        request.put("floorAreaSqm", new BigDecimal("12000.5"));
        String location = Carriers.admin(zone).body(Carriers.json(request)).post("/api/v1/carriers")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("zone", equalTo(zone))
                .body("code", equalTo("JN-BIO-F3"))
                .body("parkId", equalTo(park))
                .body("kind", equalTo("STANDARD_FACTORY"))
                .body("floorAreaSqm", equalTo(12000.5f))
                .body("leasedSqm", equalTo(0f))
                .body("vacantSqm", equalTo(12000.5f))
                .body("monthlyRentPerSqm.amount", equalTo("18.50"))
                .body("monthlyRentPerSqm.currency", equalTo("CNY"))
                .body("availableFrom", equalTo("2026-03-01"))
                .body("createdBy", equalTo("park-admin-of-" + zone))
                .extract().header("Location");
        String id = Carriers.as(zone, Roles.VIEWER).get(location)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("code", equalTo("JN-BIO-F3"))
                .extract().path("id");
        assertThat(location).endsWith("/api/v1/carriers/" + id);
        Carriers.as(zone, Roles.TEAM_MEMBER).get("/api/v1/carriers")
                .then().statusCode(200)
                .body("items.id", contains(id))
                .body("nextCursor", nullValue());
        assertThat(rows("select floor_area_sqm, leased_sqm, rent_amount, rent_currency, version from carrier "
                + "where id = ?::uuid", id)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("floor_area_sqm", new BigDecimal("12000.50"))
                .containsEntry("leased_sqm", new BigDecimal("0.00"))
                .containsEntry("rent_amount", new BigDecimal("18.50"))
                .containsEntry("rent_currency", "CNY")
                .containsEntry("version", 0L));

        ConsumerRecord<String, String> event = awaitEvent(id, REGISTERED);
        EventContract.assertValid(REGISTERED, event.value());
        assertThat(header(event, "ce_source")).isEqualTo("/zhaoshang/parks");
        assertThat(header(event, "ce_subject")).isEqualTo(id);
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("carrierId").asText()).isEqualTo(id);
        assertThat(data.get("zone").asText()).isEqualTo(zone);
        assertThat(data.get("parkId").asText()).isEqualTo(park);
        assertThat(data.get("code").asText()).isEqualTo("JN-BIO-F3");
        assertThat(data.get("kind").asText()).isEqualTo("STANDARD_FACTORY");
        assertThat(data.get("floorAreaSqm").decimalValue()).isEqualByComparingTo("12000.5");
        assertThat(data.get("vacantSqm").decimalValue()).isEqualByComparingTo("12000.5");
        assertThat(data.get("monthlyRentPerSqm").get("amount").asText()).isEqualTo("18.50");
        assertThat(data.get("version").asLong()).isZero();
    }

    @Test
    void a_change_needs_the_current_etag_and_is_published_with_its_version() throws Exception {
        String otherPark = Carriers.park(zone, "PARK-2");
        Map<String, Object> request = Carriers.carrier("OFFICE-1", park);
        String id = Carriers.register(zone, request);
        request.put("name", "科创大厦");
        request.put("kind", "OFFICE");
        request.put("parkId", otherPark);
        request.put("floorAreaSqm", new BigDecimal("2500.75"));
        request.remove("monthlyRentPerSqm");
        Carriers.as(zone, Roles.ZONE_ADMIN).header("If-Match", "\"0\"").body(Carriers.json(request))
                .put("/api/v1/carriers/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("科创大厦"))
                .body("kind", equalTo("OFFICE"))
                .body("parkId", equalTo(otherPark))
                .body("vacantSqm", equalTo(2500.75f))
                .body("monthlyRentPerSqm", nullValue())
                .body("updatedBy", equalTo("zone-admin-of-" + zone));

        ConsumerRecord<String, String> changedEvent = awaitEvent(id, CHANGED);
        EventContract.assertValid(CHANGED, changedEvent.value());
        JsonNode changed = json.readTree(changedEvent.value());
        assertThat(changed.get("version").asLong()).isEqualTo(1);
        assertThat(changed.get("parkId").asText()).isEqualTo(otherPark);
        assertThat(changed.get("floorAreaSqm").decimalValue()).isEqualByComparingTo("2500.75");
        assertThat(changed.get("monthlyRentPerSqm").isNull()).isTrue();
    }

    @Test
    void a_change_that_changes_nothing_keeps_the_version_and_publishes_nothing() {
        Map<String, Object> request = Carriers.carrier("SAME-1", park);
        String id = Carriers.register(zone, request);
        Carriers.admin(zone).header("If-Match", "\"0\"").body(Carriers.json(request)).put("/api/v1/carriers/{id}", id)
                .then().statusCode(200).header("ETag", "\"0\"");
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = ?", id, CHANGED))
                .isZero();
    }

    @Test
    void leasing_and_releasing_moves_the_vacancy_and_is_published() throws Exception {
        String id = Carriers.register(zone, Carriers.carrier("F-1", park));
        Map<String, Object> request = Carriers.lease("400.25");
        String leaseLocation = Carriers.admin(zone).body(Carriers.json(request))
                .post("/api/v1/carriers/{id}/leases", id)
                .then().statusCode(201)
                .body("carrierId", equalTo(id))
                .body("projectId", equalTo(request.get("projectId")))
                .body("areaSqm", equalTo(400.25f))
                .body("from", equalTo("2026-04-01"))
                .body("releasedAt", nullValue())
                .extract().header("Location");
        String leaseId = Carriers.as(zone, Roles.VIEWER).get(leaseLocation).then().statusCode(200)
                .body("areaSqm", equalTo(400.25f)).extract().path("id");
        assertThat(leaseLocation).endsWith("/api/v1/carriers/" + id + "/leases/" + leaseId);
        Carriers.admin(zone).get("/api/v1/carriers/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("leasedSqm", equalTo(400.25f))
                .body("vacantSqm", equalTo(599.75f));

        ConsumerRecord<String, String> leasedEvent = awaitEvent(id, LEASED);
        EventContract.assertValid(LEASED, leasedEvent.value());
        JsonNode leased = json.readTree(leasedEvent.value());
        assertThat(leased.get("leaseId").asText()).isEqualTo(leaseId);
        assertThat(leased.get("carrierId").asText()).isEqualTo(id);
        assertThat(leased.get("zone").asText()).isEqualTo(zone);
        assertThat(leased.get("parkId").asText()).isEqualTo(park);
        assertThat(leased.get("projectId").asText()).isEqualTo(request.get("projectId"));
        assertThat(leased.get("areaSqm").decimalValue()).isEqualByComparingTo("400.25");
        assertThat(leased.get("vacantSqm").decimalValue()).isEqualByComparingTo("599.75");
        assertThat(leased.get("version").asLong()).isEqualTo(1);
        assertThat(leased.get("releasedAt").isNull()).isTrue();

        String releasedAt = Carriers.admin(zone).delete("/api/v1/carriers/{id}/leases/{leaseId}", id, leaseId)
                .then().statusCode(200)
                .body("releasedAt", notNullValue())
                .body("releasedBy", equalTo("park-admin-of-" + zone))
                .extract().path("releasedAt");
        Carriers.admin(zone).get("/api/v1/carriers/{id}", id).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("leasedSqm", equalTo(0f))
                .body("vacantSqm", equalTo(1000f));
        ConsumerRecord<String, String> releasedEvent = awaitEvent(id, RELEASED);
        EventContract.assertValid(RELEASED, releasedEvent.value());
        JsonNode released = json.readTree(releasedEvent.value());
        assertThat(released.get("leaseId").asText()).isEqualTo(leaseId);
        assertThat(released.get("areaSqm").decimalValue()).isEqualByComparingTo("400.25");
        assertThat(released.get("vacantSqm").decimalValue()).isEqualByComparingTo("1000");
        assertThat(released.get("version").asLong()).isEqualTo(2);
        assertThat(Instant.parse(released.get("releasedAt").asText())).isEqualTo(Instant.parse(releasedAt));
    }

    @Test
    void a_lease_may_take_exactly_the_vacant_area() {
        String id = Carriers.register(zone, Carriers.carrier("F-FULL", park));
        Carriers.lease(zone, id, "999.99");
        Carriers.lease(zone, id, "0.01");
        Carriers.admin(zone).get("/api/v1/carriers/{id}", id).then().body("vacantSqm", equalTo(0f));
    }

    @Test
    void the_list_filters_by_park_kind_and_vacant_area() {
        String otherPark = Carriers.park(zone, "PARK-2");
        String factory = Carriers.register(zone, Carriers.carrier("F-1", park));
        Map<String, Object> office = Carriers.carrier("O-1", otherPark);
        office.put("kind", "OFFICE");
        String officeId = Carriers.register(zone, office);
        Map<String, Object> incubator = Carriers.carrier("I-1", park);
        incubator.put("kind", "INCUBATOR");
        incubator.put("floorAreaSqm", new BigDecimal("300"));
        String incubatorId = Carriers.register(zone, incubator);
        Carriers.lease(zone, factory, "800");

        Carriers.admin(zone).queryParam("park", park).get("/api/v1/carriers")
                .then().statusCode(200).body("items.id", contains(factory, incubatorId));
        Carriers.admin(zone).queryParam("kind", "OFFICE").get("/api/v1/carriers")
                .then().statusCode(200).body("items.id", contains(officeId));
        Carriers.admin(zone).queryParam("minVacantSqm", "250").get("/api/v1/carriers")
                .then().statusCode(200).body("items.id", containsInAnyOrder(officeId, incubatorId));
        Carriers.admin(zone).queryParam("minVacantSqm", "200").queryParam("park", park).get("/api/v1/carriers")
                .then().statusCode(200).body("items.id", contains(factory, incubatorId));
        Carriers.admin(zone).queryParam("minVacantSqm", "200.01").queryParam("kind", "STANDARD_FACTORY")
                .get("/api/v1/carriers").then().statusCode(200).body("items", hasSize(0));
        Carriers.admin(zone).queryParam("limit", 2).get("/api/v1/carriers")
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue());
    }

    @Test
    void another_zone_sees_none_of_the_carriers() {
        String id = Carriers.register(zone, Carriers.carrier("MINE", park));
        String other = Carriers.newZoneCode();
        Carriers.zoneWithPark(other);
        Carriers.admin(other).get("/api/v1/carriers/{id}", id).then().statusCode(404)
                .body("code", equalTo("not-found"));
        Carriers.admin(other).body(Carriers.json(Carriers.lease("1"))).post("/api/v1/carriers/{id}/leases", id)
                .then().statusCode(404).body("code", equalTo("not-found"));
        Carriers.admin(other).get("/api/v1/carriers").then().statusCode(200).body("items", hasSize(0));
    }

    private ConsumerRecord<String, String> awaitEvent(String carrierId, String type) {
        return topic.awaitRecords(r -> carrierId.equals(r.key()) && type.equals(header(r, "ce_type")), 1,
                Duration.ofSeconds(30)).get(0);
    }
}
