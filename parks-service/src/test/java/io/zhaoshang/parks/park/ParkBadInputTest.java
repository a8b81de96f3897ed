package io.zhaoshang.parks.park;

import static io.restassured.RestAssured.given;
import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.zhaoshang.platform.security.Roles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad input on the park API gets its problem response and writes nothing: no park, no industry row, no event. */
@QuarkusTest
class ParkBadInputTest {

    // Shared by the tests of this class, which must leave them as they are (nothingWasWritten checks it).
    private static String zone;
    private static String existing;
    private static String otherZonesPark;
    private static String retired;

    private long parksBefore;
    private long industryRowsBefore;
    private long eventsBefore;

    @BeforeEach
    void remember() {
        if (zone == null) {
            zone = Parks.newZoneCode();
            Parks.registerZone(zone);
            existing = Parks.register(zone, Parks.park("EXISTING"));
            String other = Parks.newZoneCode();
            Parks.registerZone(other);
            otherZonesPark = Parks.register(other, Parks.park("THEIRS"));
            retired = Parks.register(zone, Parks.park("RETIRED"));
            Parks.admin(zone).header("If-Match", "\"0\"").post("/api/v1/parks/{id}/retirements", retired)
                    .then().statusCode(200);
        }
        parksBefore = count("select count(*) from park");
        industryRowsBefore = count("select count(*) from park_industry");
        eventsBefore = count("select count(*) from outbox_event");
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(count("select count(*) from park")).isEqualTo(parksBefore);
        assertThat(count("select count(*) from park_industry")).isEqualTo(industryRowsBefore);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(eventsBefore);
        assertThat(count("select count(*) from park where id = ?::uuid and version = 0", existing)).isEqualTo(1);
    }

    private ValidatableResponse post(String body) {
        return Parks.admin(zone).body(body).post("/api/v1/parks").then()
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/parks"))
                .body("type", startsWith("https://zhaoshang.io/problems/"))
                .body("detail", not(containsString("Exception")));
    }

    private ValidatableResponse post(Map<String, Object> park) {
        return post(Parks.json(park));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> park = Parks.park("NEW-1");
        park.put(field, value);
        return park;
    }

    @Test
    void a_zone_this_service_does_not_know() {
        Parks.admin(Parks.newZoneCode()).body(Parks.json(Parks.park("NEW-1"))).post("/api/v1/parks")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("zone-not-registered"))
                .body("title", equalTo("Zone not registered"));
    }

    @Test
    void an_unknown_parent() {
        post(with("parentId", UUID.randomUUID().toString())).statusCode(422)
                .body("code", equalTo("unknown-parent-park"))
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void a_parent_in_another_zone_is_unknown_too() {
        post(with("parentId", otherZonesPark)).statusCode(422)
                .body("code", equalTo("unknown-parent-park"))
                .body("detail", equalTo("There is no park with id " + otherZonesPark + " in your zone to place this park in."));
    }

    @Test
    void no_new_sub_park_in_a_retired_park_and_no_move_into_one() {
        post(with("parentId", retired)).statusCode(422)
                .body("code", equalTo("park-not-open"))
                .body("errors[0].field", equalTo("parentId"));
        Parks.admin(zone).header("If-Match", "\"0\"").body(Parks.json(Parks.under(retired, Parks.park("EXISTING"))))
                .header("Accept-Language", "zh-CN")
                .put("/api/v1/parks/{id}", existing)
                .then().statusCode(422)
                .body("code", equalTo("park-not-open"))
                .body("title", equalTo("园区已合并或撤销"));
    }

    @Test
    void an_unknown_industry() {
        post(with("leadingIndustries", List.of("SEI-04.01", "NOPE-1"))).statusCode(422)
                .body("code", equalTo("unknown-industry"))
                .body("detail", equalTo("Not a code of the industry catalog (GET /api/v1/industries): NOPE-1."))
                .body("errors[0].field", equalTo("leadingIndustries[1]"))
                .body("errors[0].message", equalTo("NOPE-1 is not in the industry catalog"));
    }

    @Test
    void problems_speak_chinese_when_asked() {
        Parks.admin(zone).header("Accept-Language", "zh-CN").body(Parks.json(with("leadingIndustries", List.of("X-1"))))
                .post("/api/v1/parks")
                .then().statusCode(422)
                .body("title", equalTo("未知产业"))
                .body("errors[0].message", equalTo("X-1 不在产业目录中"));
    }

    @Test
    void no_leading_industry() {
        post(with("leadingIndustries", List.of())).statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("leadingIndustries"));
    }

    @Test
    void a_zero_area() {
        post(with("areaMu", BigDecimal.ZERO)).statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("areaMu"))
                .body("errors.code", contains("DecimalMin"));
    }

    @Test
    void a_negative_area() {
        post(with("areaMu", new BigDecimal("-12.5"))).statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("areaMu"))
                .body("errors.code", contains("DecimalMin"));
    }

    @Test
    void an_area_with_three_decimals() {
        post(with("areaMu", new BigDecimal("12.345"))).statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("areaMu"))
                .body("errors.code", contains("Digits"));
    }

    @Test
    void a_code_the_zone_has_already() {
        post(Parks.park("EXISTING")).statusCode(409).body("code", equalTo("park-code-taken"))
                .body("detail", equalTo("Your zone has a park with the code EXISTING already."));
    }

    @Test
    void missing_fields() {
        post("{}").statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", containsInAnyOrder("code", "name", "kind", "status", "areaMu", "leadingIndustries"));
    }

    @Test
    void an_unknown_kind() {
        post(with("kind", "THEME_PARK")).statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("detail", containsString("BONDED_ZONE"));
    }

    @Test
    void a_status_that_is_not_set_by_hand() {
        post(with("status", "RETIRED")).statusCode(400).body("code", equalTo("invalid-enum-value"));
    }

    @Test
    void malformed_json() {
        post("{\"code\": \"NEW-1\", ").statusCode(400).body("code", equalTo("malformed-json"));
    }

    @Test
    void no_token() {
        given().contentType(ContentType.JSON).body(Parks.json(Parks.park("NEW-1"))).post("/api/v1/parks")
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("unauthorized"));
    }

    @Test
    void a_team_member_or_viewer_may_not_write() {
        Parks.as(zone, Roles.TEAM_MEMBER).body(Parks.json(Parks.park("NEW-1"))).post("/api/v1/parks")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
        Parks.as(zone, Roles.VIEWER).header("If-Match", "\"0\"").body(Parks.json(Parks.park("EXISTING")))
                .put("/api/v1/parks/{id}", existing)
                .then().statusCode(403).body("code", equalTo("forbidden"));
    }

    @Test
    void a_stale_or_missing_if_match() {
        Map<String, Object> change = Parks.park("EXISTING");
        change.put("name", "改名");
        Parks.admin(zone).header("If-Match", "\"3\"").body(Parks.json(change)).put("/api/v1/parks/{id}", existing)
                .then().statusCode(412).body("code", equalTo("precondition-failed"));
        Parks.admin(zone).body(Parks.json(change)).put("/api/v1/parks/{id}", existing)
                .then().statusCode(428).body("code", equalTo("if-match-required"));
    }

    @Test
    void a_change_of_code() {
        Parks.admin(zone).header("If-Match", "\"0\"").body(Parks.json(Parks.park("RENAMED")))
                .put("/api/v1/parks/{id}", existing)
                .then().statusCode(422).body("code", equalTo("park-code-immutable"))
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void a_change_to_an_unknown_industry_or_a_bad_area() {
        Map<String, Object> change = Parks.park("EXISTING");
        change.put("leadingIndustries", List.of("NOPE-2"));
        Parks.admin(zone).header("If-Match", "\"0\"").body(Parks.json(change)).put("/api/v1/parks/{id}", existing)
                .then().statusCode(422).body("code", equalTo("unknown-industry"));
        change = Parks.park("EXISTING");
        change.put("areaMu", new BigDecimal("-1"));
        Parks.admin(zone).header("If-Match", "\"0\"").body(Parks.json(change)).put("/api/v1/parks/{id}", existing)
                .then().statusCode(400).body("errors.field", contains("areaMu"));
    }
}
