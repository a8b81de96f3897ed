package io.zhaoshang.scoring.team;

import static io.zhaoshang.local.test.ServiceDatabase.count;
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
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.scoring.ScoringTestStack;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamResourceTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;

    @BeforeEach
    void openProbe() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ScoringTestStack.TOPIC);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void registers_reads_and_lists_a_team_and_publishes_the_event() throws Exception {
        String zone = Teams.newZone();
        String id = Teams.admin(zone)
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body(Teams.body("GOV-1", "第一招商小分队", "GOVERNMENT_SQUAD"))
                .post("/api/v1/teams")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("zone", equalTo(zone))
                .body("code", equalTo("GOV-1"))
                .body("name", equalTo("第一招商小分队"))
                .body("status", equalTo("ACTIVE"))
                .body("createdBy", equalTo("zone-admin-of-" + zone))
                .extract().path("id");

        Teams.as(zone, Roles.VIEWER).get("/api/v1/teams/{id}", id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("kind", equalTo("GOVERNMENT_SQUAD"))
                .body("status", equalTo("ACTIVE"));
        Teams.as(zone, Roles.TEAM_MEMBER).get("/api/v1/teams")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("nextCursor", nullValue());
        assertThat(count("select count(*) from team where id = ?::uuid and zone = ? and status = 'ACTIVE'", id, zone))
                .isEqualTo(1);

        ConsumerRecord<String, String> event = topic.awaitRecords(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(event, "ce_type")).isEqualTo("zhaoshang.team.registered.v1");
        assertThat(header(event, "ce_source")).isEqualTo("/zhaoshang/scoring");
        assertThat(header(event, "ce_subject")).isEqualTo(id);
        assertThat(UUID.fromString(header(event, "ce_id")).version()).isEqualTo(7);
        assertThat(header(event, "ce_time")).isNotBlank();
        assertThat(header(event, "traceparent")).startsWith("00-" + TRACE_ID + "-");
        EventContract.assertValid("zhaoshang.team.registered.v1", event.value());
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("teamId").asText()).isEqualTo(id);
        assertThat(data.get("zone").asText()).isEqualTo(zone);
        assertThat(data.get("code").asText()).isEqualTo("GOV-1");
        assertThat(data.get("name").asText()).isEqualTo("第一招商小分队");
        assertThat(data.get("kind").asText()).isEqualTo("GOVERNMENT_SQUAD");
        assertThat(data.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(data.get("version").asLong()).isZero();
    }

    @Test
    void location_points_at_the_new_team() {
        String zone = Teams.newZone();
        String location = Teams.admin(zone).body(Teams.body("PARK-1", "园区招商队伍", "PARK_TEAM")).post("/api/v1/teams")
                .then().statusCode(201).extract().header("Location");
        String id = Teams.admin(zone).get(location).then().statusCode(200).extract().path("id");
        assertThat(location).endsWith("/api/v1/teams/" + id);
    }

    @Test
    void a_change_needs_the_current_etag_and_is_published_with_its_version() throws Exception {
        String zone = Teams.newZone();
        String id = Teams.register(zone, "SOC-1");
        String change = Teams.body("SOC-1", "社会招商一分局", "SOCIAL_BUREAU");

        Teams.admin(zone).body(change).put("/api/v1/teams/{id}", id)
                .then().statusCode(428).body("code", equalTo("if-match-required"));
        Teams.admin(zone).header("If-Match", "\"7\"").body(change).put("/api/v1/teams/{id}", id)
                .then().statusCode(412).body("code", equalTo("precondition-failed"));
        Teams.as(zone, Roles.TEAM_LEAD).header("If-Match", "\"0\"").body(change).put("/api/v1/teams/{id}", id)
                .then().statusCode(403).body("code", equalTo("forbidden"));
        assertThat(count("select version from team where id = ?::uuid", id)).isZero();

        Teams.admin(zone).header("If-Match", "\"0\"").body(change).put("/api/v1/teams/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("社会招商一分局"))
                .body("kind", equalTo("SOCIAL_BUREAU"))
                .body("status", equalTo("ACTIVE"))
                .body("updatedBy", equalTo("zone-admin-of-" + zone));

        ConsumerRecord<String, String> changed = topic.awaitRecords(
                r -> id.equals(r.key()) && "zhaoshang.team.changed.v1".equals(header(r, "ce_type")), 1,
                Duration.ofSeconds(30)).get(0);
        EventContract.assertValid("zhaoshang.team.changed.v1", changed.value());
        JsonNode data = json.readTree(changed.value());
        assertThat(data.get("version").asLong()).isEqualTo(1);
        assertThat(data.get("name").asText()).isEqualTo("社会招商一分局");
        assertThat(data.get("kind").asText()).isEqualTo("SOCIAL_BUREAU");
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", id)).isEqualTo(2);
    }

    @Test
    void a_change_that_changes_nothing_keeps_the_version_and_publishes_nothing() {
        String zone = Teams.newZone();
        String id = Teams.register(zone, "GOV-9");
        Teams.admin(zone).header("If-Match", "\"0\"").body(Teams.body("GOV-9", "招商队伍 GOV-9"))
                .put("/api/v1/teams/{id}", id)
                .then().statusCode(200).header("ETag", "\"0\"");
        assertThat(count("select version from team where id = ?::uuid", id)).isZero();
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", id)).isEqualTo(1);
    }

    @Test
    void the_code_of_a_team_never_changes() {
        String zone = Teams.newZone();
        String id = Teams.register(zone, "GOV-2");
        Teams.admin(zone).header("If-Match", "\"0\"").body(Teams.body("GOV-3", "x")).put("/api/v1/teams/{id}", id)
                .then().statusCode(422).body("code", equalTo("team-code-immutable"))
                .body("errors[0].field", equalTo("code"));
        assertThat(count("select count(*) from team where id = ?::uuid and code = 'GOV-2' and version = 0", id))
                .isEqualTo(1);
    }

    @Test
    void another_zone_sees_and_changes_nothing_of_this_one() {
        String zone = Teams.newZone();
        String id = Teams.register(zone, "OVS-1", "OVERSEAS_BUREAU");
        String other = Teams.newZone();

        Teams.as(other, Roles.ZONE_ADMIN).get("/api/v1/teams/{id}", id).then().statusCode(404)
                .body("code", equalTo("not-found"));
        Teams.as(other, Roles.VIEWER).get("/api/v1/teams").then().statusCode(200).body("items", hasSize(0));
        Teams.as(other, Roles.ZONE_ADMIN).header("If-Match", "\"0\"").body(Teams.body("OVS-1", "taken over"))
                .put("/api/v1/teams/{id}", id)
                .then().statusCode(404).body("code", equalTo("not-found"));
        assertThat(count("select count(*) from team where id = ?::uuid and version = 0", id)).isEqualTo(1);
    }

    @Test
    void a_code_is_registered_once_per_zone() {
        String zone = Teams.newZone();
        Teams.register(zone, "RES-1", "RESIDENT_OFFICE");
        Teams.admin(zone).body(Teams.body("RES-1", "again")).post("/api/v1/teams")
                .then().statusCode(409).body("code", equalTo("team-code-taken"))
                .body("detail", equalTo("The zone already has a team with the code RES-1."));
        Teams.admin(zone).header("Accept-Language", "zh-CN").body(Teams.body("RES-1", "again")).post("/api/v1/teams")
                .then().statusCode(409).body("title", equalTo("队伍代码已被占用"));
        assertThat(count("select count(*) from team where zone = ? and code = 'RES-1'", zone)).isEqualTo(1);

        String other = Teams.newZone();
        Teams.register(other, "RES-1", "RESIDENT_OFFICE");
        assertThat(count("select count(*) from team where code = 'RES-1' and zone in (?, ?)", zone, other)).isEqualTo(2);
    }

    @Test
    void the_same_idempotency_key_returns_the_first_answer() {
        String zone = Teams.newZone();
        String key = UUID.randomUUID().toString();
        String body = Teams.body("GOV-9", "第九小分队");
        String first = Teams.admin(zone).header("Idempotency-Key", key).body(body).post("/api/v1/teams")
                .then().statusCode(201).extract().path("id");
        Teams.admin(zone).header("Idempotency-Key", key).body(body).post("/api/v1/teams")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("ETag", "\"0\"")
                .body("id", equalTo(first));
        Teams.admin(zone).header("Idempotency-Key", key).body(Teams.body("GOV-9", "another name")).post("/api/v1/teams")
                .then().statusCode(422).body("code", equalTo("idempotency-key-reused"));

        assertThat(count("select count(*) from team where zone = ?", zone)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", first)).isEqualTo(1);
    }

    @Test
    void lists_page_in_a_stable_order_and_filter_by_kind_and_status() {
        String zone = Teams.newZone();
        String a = Teams.register(zone, "A-1", "PARK_TEAM");
        String b = Teams.register(zone, "B-1", "GOVERNMENT_SQUAD");
        String c = Teams.register(zone, "C-1", "PARK_TEAM");
        // PostgreSQL orders uuids bytewise, as their canonical text sorts
        List<String> all = List.of(a, b, c).stream().sorted().toList();
        List<String> parkTeams = all.stream().filter(id -> id.equals(a) || id.equals(c)).toList();

        String cursor = Teams.as(zone, Roles.VIEWER).queryParam("limit", "2").get("/api/v1/teams")
                .then().statusCode(200)
                .body("items.id", contains(all.get(0), all.get(1)))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        Teams.as(zone, Roles.VIEWER).queryParam("limit", "2").queryParam("cursor", cursor).get("/api/v1/teams")
                .then().statusCode(200)
                .body("items.id", contains(all.get(2)))
                .body("nextCursor", nullValue());

        Teams.as(zone, Roles.VIEWER).queryParam("kind", "PARK_TEAM").get("/api/v1/teams")
                .then().statusCode(200).body("items.id", contains(parkTeams.toArray()));
        Teams.as(zone, Roles.VIEWER).queryParam("status", "ACTIVE").queryParam("kind", "GOVERNMENT_SQUAD")
                .get("/api/v1/teams")
                .then().statusCode(200).body("items.id", contains(b));
        Teams.as(zone, Roles.VIEWER).queryParam("status", "ELIMINATED").get("/api/v1/teams")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void pages_are_limited_and_a_bad_paging_parameter_is_refused() {
        String zone = Teams.newZone();
        Teams.register(zone, "GOV-1");
        Teams.as(zone, Roles.VIEWER).queryParam("limit", "abc").get("/api/v1/teams")
                .then().statusCode(400).body("code", equalTo("invalid-limit"));
        Teams.as(zone, Roles.VIEWER).queryParam("limit", "201").get("/api/v1/teams")
                .then().statusCode(400).body("code", equalTo("invalid-limit"));
        Teams.as(zone, Roles.VIEWER).queryParam("cursor", "not-a-cursor").get("/api/v1/teams")
                .then().statusCode(400).body("code", equalTo("invalid-cursor"));
    }
}
