package io.zhaoshang.parks.park;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParkResourceTest {

    private static final String REGISTERED = "zhaoshang.park.registered.v1";
    private static final String CHANGED = "zhaoshang.park.changed.v1";

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;
    private String zone;

    @BeforeEach
    void openProbeAndZone() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ParksTestStack.TOPIC);
        zone = Parks.newZoneCode();
        Parks.registerZone(zone);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void registers_reads_and_lists_a_park_and_publishes_the_event() throws Exception {
        Map<String, Object> request = Parks.park("JN-BIO");
        request.put("name", "济宁生物医药产业园");
        request.put("areaMu", new BigDecimal("3200.5"));
        request.put("leadingIndustries", List.of("SEI-04.01", "SEI-04.02"));
        String location = Parks.admin(zone).body(Parks.json(request)).post("/api/v1/parks")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("zone", equalTo(zone))
                .body("code", equalTo("JN-BIO"))
                .body("name", equalTo("济宁生物医药产业园"))
                .body("kind", equalTo("SPECIALIZED_PARK"))
                .body("status", equalTo("ACTIVE"))
                .body("parentId", nullValue())
                .body("areaMu", equalTo(3200.5f))
                .body("leadingIndustries", contains("SEI-04.01", "SEI-04.02"))
                .body("address", equalTo("山东省济宁市高新区海川路9号"))
                .body("createdBy", equalTo("park-admin-of-" + zone))
                .extract().header("Location");
        String id = Parks.as(zone, Roles.VIEWER).get(location)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("code", equalTo("JN-BIO"))
                .body("leadingIndustries", contains("SEI-04.01", "SEI-04.02"))
                .extract().path("id");
        assertThat(location).endsWith("/api/v1/parks/" + id);
        Parks.as(zone, Roles.TEAM_MEMBER).get("/api/v1/parks")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("nextCursor", nullValue());

        assertThat(rows("select zone, code, kind, status, area_mu, parent_id, version from park where id = ?::uuid", id))
                .singleElement().satisfies(row -> {
                    assertThat(row).containsEntry("zone", zone).containsEntry("code", "JN-BIO")
                            .containsEntry("kind", "SPECIALIZED_PARK").containsEntry("status", "ACTIVE")
                            .containsEntry("area_mu", new BigDecimal("3200.50")).containsEntry("version", 0L);
                    assertThat(row.get("parent_id")).isNull();
                });
        assertThat(industriesInDatabase(id)).containsExactly("SEI-04.01", "SEI-04.02");

        ConsumerRecord<String, String> event = awaitEvent(id, REGISTERED);
        EventContract.assertValid(REGISTERED, event.value());
        assertThat(header(event, "ce_source")).isEqualTo("/zhaoshang/parks");
        assertThat(header(event, "ce_subject")).isEqualTo(id);
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("parkId").asText()).isEqualTo(id);
        assertThat(data.get("zone").asText()).isEqualTo(zone);
        assertThat(data.get("code").asText()).isEqualTo("JN-BIO");
        assertThat(data.get("name").asText()).isEqualTo("济宁生物医药产业园");
        assertThat(data.get("kind").asText()).isEqualTo("SPECIALIZED_PARK");
        assertThat(data.get("parentId").isNull()).isTrue();
        assertThat(data.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(data.get("areaMu").decimalValue()).isEqualByComparingTo("3200.5");
        assertThat(data.get("leadingIndustries")).extracting(JsonNode::asText).containsExactly("SEI-04.01", "SEI-04.02");
        assertThat(data.get("version").asLong()).isZero();
    }

    @Test
    void a_change_needs_the_current_etag_and_is_published_with_its_version() throws Exception {
        Map<String, Object> request = Parks.park("JN-INFO");
        request.put("leadingIndustries", List.of("SEI-01.02.04", "SEI-01.01"));
        request.put("status", "PLANNED");
        String id = Parks.register(zone, request);
        request.put("name", "济宁信息产业园");
        request.put("status", "ACTIVE");
        request.put("areaMu", new BigDecimal("1500.25"));
        request.put("leadingIndustries", List.of("SEI-01.01", "SEI-01.02.04", "SEI-01.05")); // reordered, one more
        String change = Parks.json(request);

        Parks.admin(zone).body(change).put("/api/v1/parks/{id}", id)
                .then().statusCode(428).body("code", equalTo("if-match-required"));
        Parks.as(zone, Roles.ZONE_ADMIN).header("If-Match", "\"0\"").body(change).put("/api/v1/parks/{id}", id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("济宁信息产业园"))
                .body("status", equalTo("ACTIVE"))
                .body("areaMu", equalTo(1500.25f))
                .body("leadingIndustries", contains("SEI-01.01", "SEI-01.02.04", "SEI-01.05"))
                .body("updatedBy", equalTo("zone-admin-of-" + zone))
                .body("createdBy", equalTo("park-admin-of-" + zone));

        assertThat(industriesInDatabase(id)).containsExactly("SEI-01.01", "SEI-01.02.04", "SEI-01.05");
        assertThat(count("select count(*) from park where id = ?::uuid and version = 1 and status = 'ACTIVE'", id))
                .isEqualTo(1);
        ConsumerRecord<String, String> changedEvent = awaitEvent(id, CHANGED);
        EventContract.assertValid(CHANGED, changedEvent.value());
        JsonNode changed = json.readTree(changedEvent.value());
        assertThat(changed.get("version").asLong()).isEqualTo(1);
        assertThat(changed.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(changed.get("leadingIndustries")).extracting(JsonNode::asText)
                .containsExactly("SEI-01.01", "SEI-01.02.04", "SEI-01.05");
    }

    @Test
    void a_change_that_changes_nothing_keeps_the_version_and_publishes_nothing() {
        Map<String, Object> request = Parks.park("SAME");
        request.put("areaMu", new BigDecimal("88.50"));
        String id = Parks.register(zone, request);
        request.put("areaMu", new BigDecimal("88.5")); // the same area, written otherwise
        Parks.admin(zone).header("If-Match", "\"0\"").body(Parks.json(request)).put("/api/v1/parks/{id}", id)
                .then().statusCode(200).header("ETag", "\"0\"").body("version", equalTo(0));
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from park where id = ?::uuid and version = 0", id)).isEqualTo(1);
    }

    @Test
    void three_levels_are_allowed_and_a_fourth_is_refused() {
        String district = Parks.register(zone, Parks.park("L1"));
        String park = Parks.register(zone, Parks.under(district, Parks.park("L2")));
        String incubator = Parks.register(zone, Parks.under(park, Parks.park("L3")));
        long events = count("select count(*) from outbox_event");

        Parks.admin(zone).body(Parks.json(Parks.under(incubator, Parks.park("L4")))).post("/api/v1/parks")
                .then().statusCode(422)
                .body("code", equalTo("park-too-deep"))
                .body("detail", equalTo("Parks nest at most 3 levels deep (a park, its sub-parks and theirs); "
                        + "this would place a park at level 4."))
                .body("errors[0].field", equalTo("parentId"));

        assertThat(count("select count(*) from park where zone = ?", zone)).isEqualTo(3);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);
        assertThat(count("select count(*) from park where id = ?::uuid and parent_id = ?::uuid", incubator, park))
                .isEqualTo(1);
    }

    @Test
    void a_move_that_would_make_a_cycle_or_a_fourth_level_is_refused_and_changes_nothing() {
        String district = Parks.register(zone, Parks.park("D1"));
        String park = Parks.register(zone, Parks.under(district, Parks.park("P1")));
        String incubator = Parks.register(zone, Parks.under(park, Parks.park("I1")));
        String bonded = Parks.register(zone, Parks.park("B1"));
        String warehouse = Parks.register(zone, Parks.under(bonded, Parks.park("W1")));
        long events = count("select count(*) from outbox_event");

        move(district, "D1", incubator).statusCode(422).body("code", equalTo("park-cycle"))
                .body("errors[0].field", equalTo("parentId"));
        move(district, "D1", district).statusCode(422).body("code", equalTo("park-cycle"));
        move(bonded, "B1", park).statusCode(422).body("code", equalTo("park-too-deep")); // W would be at level 4

        assertThat(count("select count(*) from park where zone = ? and version = 0", zone)).isEqualTo(5);
        assertThat(count("select count(*) from park where id = ?::uuid and parent_id is null", district)).isEqualTo(1);
        assertThat(count("select count(*) from park where id = ?::uuid and parent_id is null", bonded)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);

        move(warehouse, "W1", park).statusCode(200).body("parentId", equalTo(park)).header("ETag", "\"1\"");
        assertThat(count("select count(*) from park where id = ?::uuid and parent_id = ?::uuid", warehouse, park))
                .isEqualTo(1);
        EventContract.assertValid(CHANGED, awaitEvent(warehouse, CHANGED).value()); // a parentId that is not null
    }

    @Test
    void the_tree_nests_the_sub_parks_and_adds_up_their_area() {
        Map<String, Object> root = Parks.park("NEW");
        root.put("kind", "NEW_DISTRICT");
        root.put("areaMu", new BigDecimal("100"));
        String district = Parks.register(zone, root);
        String bio = Parks.register(zone, Parks.under(district, area(Parks.park("BIO"), "50.25")));
        String logistics = Parks.register(zone, Parks.under(district, area(Parks.park("LOG"), "20")));
        String incubator = Parks.register(zone, Parks.under(bio, area(Parks.park("INC"), "10.5")));
        String elsewhere = Parks.register(zone, area(Parks.park("ELSEWHERE"), "999")); // another tree of the zone
        String factory = carrier(bio, "F1", "1000");
        Parks.admin(zone).body("""
                {"projectId": "%s", "areaSqm": 400, "from": "2026-04-01"}""".formatted(UUID.randomUUID()))
                .post("/api/v1/carriers/{id}/leases", factory).then().statusCode(201);
        carrier(incubator, "INC1", "500.50");
        carrier(elsewhere, "FAR1", "7000");

        Parks.as(zone, Roles.VIEWER).get("/api/v1/parks/{id}/tree", district)
                .then().statusCode(200)
                .body("id", equalTo(district))
                .body("kind", equalTo("NEW_DISTRICT"))
                .body("level", equalTo(1))
                .body("areaMu", equalTo(100.0f))
                .body("totals.areaMu", equalTo(180.75f))
                .body("totals.space.floorAreaSqm", equalTo(1500.5f))
                .body("totals.space.vacantSqm", equalTo(1100.5f))
                .body("totals.land.availableMu", equalTo(0f))
                .body("children[1].totals.space.floorAreaSqm", equalTo(0f))
                .body("children[0].children[0].totals.space.vacantSqm", equalTo(500.5f))
                .body("children.id", contains(bio, logistics))
                .body("children[0].level", equalTo(2))
                .body("children[0].totals.areaMu", equalTo(60.75f))
                .body("children[0].children.id", contains(incubator))
                .body("children[0].children[0].level", equalTo(3))
                .body("children[0].children[0].children", hasSize(0))
                .body("children[1].totals.areaMu", equalTo(20.0f));
        Parks.as(zone, Roles.VIEWER).get("/api/v1/parks/{id}/tree", bio)
                .then().statusCode(200)
                .body("level", equalTo(2))
                .body("leadingIndustries", contains("SEI-04.01"))
                .body("totals.areaMu", equalTo(60.75f));
    }

    /** Registers a standard factory of the given floor area in the park; returns its id. */
    private String carrier(String park, String code, String floorAreaSqm) {
        return Parks.admin(zone).body("""
                {"code": "%s", "name": "标准厂房 %s", "parkId": "%s", "kind": "STANDARD_FACTORY", "floorAreaSqm": %s}"""
                .formatted(code, code, park, floorAreaSqm))
                .post("/api/v1/carriers").then().statusCode(201).extract().path("id");
    }

    @Test
    void the_list_filters_by_kind_parent_and_industry_and_pages() {
        Map<String, Object> district = Parks.park("NEW");
        district.put("kind", "NEW_DISTRICT");
        district.put("leadingIndustries", List.of("TRD-01.01"));
        String districtId = Parks.register(zone, district);
        String bio = Parks.register(zone, Parks.under(districtId, Parks.park("BIO"))); // SEI-04.01
        Map<String, Object> bonded = Parks.under(districtId, Parks.park("BOND"));
        bonded.put("kind", "BONDED_ZONE");
        bonded.put("leadingIndustries", List.of("TRD-07.03", "SEI-04"));
        String bondedId = Parks.register(zone, bonded);

        listed("kind", "NEW_DISTRICT").body("items.id", contains(districtId));
        listed("parent", districtId).body("items.id", contains(bio, bondedId));
        listed("industry", "SEI-04").body("items.id", contains(bio, bondedId));
        listed("industry", "SEI-04.01").body("items.id", contains(bio));
        listed("industry", "TRD-01").body("items.id", contains(districtId));
        listed("industry", "SEI-06").body("items", hasSize(0));

        String next = Parks.as(zone, Roles.VIEWER).queryParam("limit", 2).get("/api/v1/parks")
                .then().statusCode(200)
                .body("items.id", contains(districtId, bio))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        Parks.as(zone, Roles.VIEWER).queryParam("limit", 2).queryParam("cursor", next).get("/api/v1/parks")
                .then().statusCode(200)
                .body("items.id", contains(bondedId))
                .body("nextCursor", nullValue());
    }

    @Test
    void a_bad_filter_is_refused_never_ignored() {
        listed("kind", "THEME_PARK").statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("errors[0].field", equalTo("kind"));
        listed("industry", "SEI-99").statusCode(400).body("code", equalTo("unknown-industry"))
                .body("errors[0].field", equalTo("industry"));
        listed("parent", "not-a-uuid").statusCode(400).body("code", equalTo("invalid-parameter"));
    }

    @Test
    void another_zone_sees_nothing_of_this_one() {
        String id = Parks.register(zone, Parks.park("MINE"));
        String other = Parks.newZoneCode();
        Parks.registerZone(other);

        Parks.as(other, Roles.VIEWER).get("/api/v1/parks/{id}", id).then().statusCode(404)
                .body("code", equalTo("not-found"))
                .body("detail", equalTo("There is no park with id " + id + "."));
        Parks.as(other, Roles.VIEWER).get("/api/v1/parks/{id}/tree", id).then().statusCode(404);
        Parks.as(other, Roles.VIEWER).get("/api/v1/parks").then().statusCode(200).body("items", hasSize(0));
        Parks.admin(other).header("If-Match", "\"0\"").body(Parks.json(Parks.park("MINE")))
                .put("/api/v1/parks/{id}", id).then().statusCode(404);
        Parks.admin(other).body(Parks.json(Parks.under(id, Parks.park("THEIRS")))).post("/api/v1/parks")
                .then().statusCode(422).body("code", equalTo("unknown-parent-park"));
        assertThat(count("select count(*) from park where zone = ?", other)).isZero();
        assertThat(count("select count(*) from park where id = ?::uuid and version = 0", id)).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_returns_the_first_answer() {
        String key = UUID.randomUUID().toString();
        String body = Parks.json(Parks.park("ONCE"));
        String first = Parks.admin(zone).header("Idempotency-Key", key).body(body).post("/api/v1/parks")
                .then().statusCode(201).extract().path("id");
        Parks.admin(zone).header("Idempotency-Key", key).body(body).post("/api/v1/parks")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("ETag", "\"0\"")
                .body("id", equalTo(first));
        Parks.admin(zone).header("Idempotency-Key", key).body(Parks.json(Parks.park("TWICE"))).post("/api/v1/parks")
                .then().statusCode(422).body("code", equalTo("idempotency-key-reused"));

        assertThat(count("select count(*) from park where zone = ?", zone)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", first)).isEqualTo(1);
    }

    private io.restassured.response.ValidatableResponse move(String id, String code, String newParent) {
        return Parks.admin(zone).header("If-Match", "\"0\"").body(Parks.json(Parks.under(newParent, Parks.park(code))))
                .put("/api/v1/parks/{id}", id).then();
    }

    private io.restassured.response.ValidatableResponse listed(String filter, String value) {
        return Parks.as(zone, Roles.VIEWER).queryParam(filter, value).get("/api/v1/parks").then();
    }

    private static Map<String, Object> area(Map<String, Object> park, String areaMu) {
        park.put("areaMu", new BigDecimal(areaMu));
        return park;
    }

    private static List<Object> industriesInDatabase(String parkId) {
        return rows("select industry_code from park_industry where park_id = ?::uuid order by position", parkId)
                .stream().map(row -> row.get("industry_code")).toList();
    }

    /** The first event of that type about the park (delivery is at least once). */
    private ConsumerRecord<String, String> awaitEvent(String parkId, String type) {
        return topic.awaitRecords(r -> parkId.equals(r.key()) && type.equals(header(r, "ce_type")), 1,
                Duration.ofSeconds(30)).get(0);
    }
}
