package io.zhaoshang.parks.zone;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.parks.ParksTestStack;
import io.zhaoshang.platform.security.Roles;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ZoneResourceTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;

    @BeforeEach
    void openProbe() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ParksTestStack.TOPIC);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void registers_reads_and_lists_a_zone_and_publishes_the_event() throws Exception {
        String zone = Zones.newZoneCode();
        String id = Zones.admin(zone)
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body(Zones.body(zone, "济宁高新技术产业开发区"))
                .post("/api/v1/zones")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("code", equalTo(zone))
                .body("name", equalTo("济宁高新技术产业开发区"))
                .body("createdBy", equalTo("zone-admin-of-" + zone))
                .extract().path("id");

        Zones.as(zone, Roles.VIEWER).get("/api/v1/zones/{id}", id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("level", equalTo("NATIONAL"))
                .body("timeZone", equalTo("Asia/Shanghai"));
        Zones.as(zone, Roles.TEAM_MEMBER).get("/api/v1/zones")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("nextCursor", nullValue());
        assertThat(count("select count(*) from zone where id = ?::uuid and created_by = ?", id, "zone-admin-of-" + zone))
                .isEqualTo(1);

        ConsumerRecord<String, String> event = topic.awaitRecords(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(event, "ce_type")).isEqualTo("zhaoshang.zone.registered.v1");
        assertThat(header(event, "ce_source")).isEqualTo("/zhaoshang/parks");
        assertThat(header(event, "ce_subject")).isEqualTo(id);
        assertThat(UUID.fromString(header(event, "ce_id")).version()).isEqualTo(7);
        assertThat(header(event, "ce_time")).isNotBlank();
        assertThat(header(event, "traceparent")).startsWith("00-" + TRACE_ID + "-");
        EventContract.assertValid("zhaoshang.zone.registered.v1", event.value());
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("zoneId").asText()).isEqualTo(id);
        assertThat(data.get("code").asText()).isEqualTo(zone);
        assertThat(data.get("version").asLong()).isZero();
    }

    @Test
    void location_points_at_the_new_zone() {
        String zone = Zones.newZoneCode();
        String location = Zones.admin(zone).body(Zones.body(zone, "高新区")).post("/api/v1/zones")
                .then().statusCode(201).extract().header("Location");
        String id = Zones.admin(zone).get(location).then().statusCode(200).extract().path("id");
        assertThat(location).endsWith("/api/v1/zones/" + id);
    }

    @Test
    void a_change_needs_the_current_etag_and_is_published_with_its_version() throws Exception {
        String zone = Zones.newZoneCode();
        String id = Zones.register(zone);
        String change = Zones.body(zone, "济宁高新区");

        Zones.admin(zone).body(change).put("/api/v1/zones/{id}", id)
                .then().statusCode(428).body("code", equalTo("if-match-required"));
        Zones.admin(zone).header("If-Match", "\"7\"").body(change).put("/api/v1/zones/{id}", id)
                .then().statusCode(412).body("code", equalTo("precondition-failed"));
        assertThat(count("select version from zone where id = ?::uuid", id)).isZero();

        Zones.admin(zone).header("If-Match", "\"0\"").body(change).put("/api/v1/zones/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("济宁高新区"));

        ConsumerRecord<String, String> changed = topic.awaitRecords(
                r -> id.equals(r.key()) && "zhaoshang.zone.changed.v1".equals(header(r, "ce_type")), 1,
                Duration.ofSeconds(30)).get(0);
        EventContract.assertValid("zhaoshang.zone.changed.v1", changed.value());
        assertThat(json.readTree(changed.value()).get("version").asLong()).isEqualTo(1);
        assertThat(json.readTree(changed.value()).get("name").asText()).isEqualTo("济宁高新区");
    }

    @Test
    void a_change_that_changes_nothing_keeps_the_version_and_publishes_nothing() {
        String zone = Zones.newZoneCode();
        String id = Zones.register(zone);
        Zones.admin(zone).header("If-Match", "\"0\"").body(Zones.body(zone, "济宁高新技术产业开发区"))
                .put("/api/v1/zones/{id}", id)
                .then().statusCode(200).header("ETag", "\"0\"");
        assertThat(count("select version from zone where id = ?::uuid", id)).isZero();
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", id)).isEqualTo(1);
    }

    @Test
    void the_code_of_a_zone_never_changes() {
        String zone = Zones.newZoneCode();
        String id = Zones.register(zone);
        Zones.admin(zone).header("If-Match", "\"0\"").body(Zones.body("OTHER-1", "x")).put("/api/v1/zones/{id}", id)
                .then().statusCode(422).body("code", equalTo("zone-code-immutable"));
        assertThat(count("select count(*) from zone where id = ?::uuid and code = ?", id, zone)).isEqualTo(1);
    }

    @Test
    void another_zone_sees_nothing_of_this_one() {
        String zone = Zones.newZoneCode();
        String id = Zones.register(zone);
        String other = Zones.newZoneCode();

        Zones.as(other, Roles.ZONE_ADMIN).get("/api/v1/zones/{id}", id).then().statusCode(404)
                .body("code", equalTo("not-found"));
        Zones.as(other, Roles.VIEWER).get("/api/v1/zones").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void an_admin_registers_only_the_zone_of_their_token() {
        String zone = Zones.newZoneCode();
        Zones.admin("SOMEWHERE-ELSE").body(Zones.body(zone, "x")).post("/api/v1/zones")
                .then().statusCode(403).body("code", equalTo("zone-not-yours"));
        assertThat(count("select count(*) from zone where code = ?", zone)).isZero();
    }

    @Test
    void a_code_is_registered_once() {
        String zone = Zones.newZoneCode();
        Zones.register(zone);
        Zones.admin(zone).body(Zones.body(zone, "again")).post("/api/v1/zones")
                .then().statusCode(409).body("code", equalTo("zone-code-taken"));
        assertThat(count("select count(*) from zone where code = ?", zone)).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_returns_the_first_answer() {
        String zone = Zones.newZoneCode();
        String key = UUID.randomUUID().toString();
        String body = Zones.body(zone, "济宁高新区");
        String first = Zones.admin(zone).header("Idempotency-Key", key).body(body).post("/api/v1/zones")
                .then().statusCode(201).extract().path("id");
        Zones.admin(zone).header("Idempotency-Key", key).body(body).post("/api/v1/zones")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        Zones.admin(zone).header("Idempotency-Key", key).body(Zones.body(zone, "another name")).post("/api/v1/zones")
                .then().statusCode(422).body("code", equalTo("idempotency-key-reused"));

        assertThat(count("select count(*) from zone where code = ?", zone)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", first)).isEqualTo(1);
    }

    @Test
    void pages_are_limited_and_a_bad_paging_parameter_is_refused() {
        String zone = Zones.newZoneCode();
        Zones.register(zone);
        Zones.as(zone, Roles.VIEWER).queryParam("limit", "abc").get("/api/v1/zones")
                .then().statusCode(400).body("code", equalTo("invalid-limit"));
        Zones.as(zone, Roles.VIEWER).queryParam("limit", "201").get("/api/v1/zones")
                .then().statusCode(400).body("code", equalTo("invalid-limit"));
        Zones.as(zone, Roles.VIEWER).queryParam("cursor", "not-a-cursor").get("/api/v1/zones")
                .then().statusCode(400).body("code", equalTo("invalid-cursor"));
    }
}
