package io.zhaoshang.parks.land;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.zhaoshang.platform.security.Roles;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input on the parcel API gets its problem response and writes nothing: no parcel,
 * no new version of the existing ones, no event.
 */
@QuarkusTest
class ParcelBadInputTest {

    // Shared by the tests of this class, which must leave them as they are (nothingWasWritten checks it).
    private static String zone;
    private static String park;
    private static String retiredPark;
    private static String otherPark;
    private static String otherZonesPark;
    private static String existing;
    private static String held;

    private long parcelsBefore;
    private long versionsBefore;
    private long eventsBefore;

    @BeforeEach
    void remember() {
        if (zone == null) {
            zone = Land.newZoneCode();
            park = Land.zoneWithPark(zone);
            retiredPark = Land.park(zone, "OLD");
            Land.retire(zone, retiredPark);
            otherPark = Land.park(zone, "PARK-2");
            otherZonesPark = Land.zoneWithPark(Land.newZoneCode());
            existing = Land.parcel(zone, "EXISTING", park, "40");
            held = Land.parcel(zone, "HELD", park, "80");
            Land.reserve(zone, Land.reservation(park, "60"));
        }
        parcelsBefore = count("select count(*) from parcel where zone = ?", zone);
        versionsBefore = count("select sum(version) from parcel where zone = ?", zone);
        eventsBefore = count("select count(*) from outbox_event where payload like ?", "%\"" + zone + "\"%");
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(count("select count(*) from parcel where zone = ?", zone)).isEqualTo(parcelsBefore);
        assertThat(count("select sum(version) from parcel where zone = ?", zone)).isEqualTo(versionsBefore);
        assertThat(count("select count(*) from outbox_event where payload like ?", "%\"" + zone + "\"%"))
                .isEqualTo(eventsBefore);
        assertThat(count("select count(*) from parcel where id = ?::uuid and version = 0 and area_mu = 40 "
                + "and status = 'AVAILABLE'", existing)).isEqualTo(1);
        assertThat(count("select count(*) from parcel where id = ?::uuid and version = 1 and area_mu = 80 "
                + "and status = 'RESERVED'", held)).isEqualTo(1);
    }

    private static ValidatableResponse problem(ValidatableResponse response, String instance) {
        return response.contentType("application/problem+json")
                .body("instance", equalTo(instance))
                .body("type", startsWith("https://zhaoshang.io/problems/"))
                .body("detail", not(containsString("Exception")));
    }

    private ValidatableResponse post(String body) {
        return problem(Land.admin(zone).body(body).post("/api/v1/parcels").then(), "/api/v1/parcels");
    }

    private ValidatableResponse post(Map<String, Object> parcel) {
        return post(Land.json(parcel));
    }

    private ValidatableResponse change(String id, String ifMatch, Map<String, Object> parcel) {
        return problem(Land.admin(zone).header("If-Match", ifMatch).body(Land.json(parcel))
                .put("/api/v1/parcels/{id}", id).then(), "/api/v1/parcels/" + id);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> parcel = Land.parcel("NEW-1", park, "10");
        parcel.put(field, value);
        return parcel;
    }

    private static Map<String, Object> existingWith(String field, Object value) {
        Map<String, Object> parcel = Land.parcel("EXISTING", park, "40");
        parcel.put(field, value);
        return parcel;
    }

    private static Map<String, Object> heldWith(String field, Object value) {
        Map<String, Object> parcel = Land.parcel("HELD", park, "80");
        parcel.remove("status");
        parcel.put(field, value);
        return parcel;
    }

    @Test
    void a_zero_negative_or_too_precise_area() {
        post(with("areaMu", BigDecimal.ZERO)).statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("areaMu")).body("errors.code", contains("DecimalMin"));
        post(with("areaMu", new BigDecimal("-5"))).statusCode(400)
                .body("errors.field", contains("areaMu")).body("errors.code", contains("DecimalMin"));
        post(with("areaMu", new BigDecimal("12.345"))).statusCode(400)
                .body("errors.field", contains("areaMu")).body("errors.code", contains("Digits"));
        change(existing, "\"0\"", existingWith("areaMu", new BigDecimal("40.001"))).statusCode(400)
                .body("errors.code", contains("Digits"));
    }

    @Test
    void an_unknown_park_or_one_of_another_zone() {
        String nowhere = UUID.randomUUID().toString();
        post(with("parkId", nowhere)).statusCode(422)
                .body("code", equalTo("unknown-park"))
                .body("detail", equalTo("There is no park with id " + nowhere + " in your zone."))
                .body("errors[0].field", equalTo("parkId"));
        post(with("parkId", otherZonesPark)).statusCode(422).body("code", equalTo("unknown-park"));
        change(existing, "\"0\"", existingWith("parkId", otherZonesPark)).statusCode(422)
                .body("code", equalTo("unknown-park"));
    }

    @Test
    void a_retired_park() {
        post(with("parkId", retiredPark)).statusCode(422).body("code", equalTo("park-not-open"))
                .body("errors[0].field", equalTo("parkId"));
        change(existing, "\"0\"", existingWith("parkId", retiredPark)).statusCode(422)
                .body("code", equalTo("park-not-open"));
    }

    @Test
    void a_code_the_zone_has_already() {
        post(Land.parcel("EXISTING", park, "10")).statusCode(409).body("code", equalTo("parcel-code-taken"))
                .body("detail", equalTo("Your zone has a parcel with the code EXISTING already."));
    }

    @Test
    void problems_speak_chinese_when_asked() {
        Land.admin(zone).header("Accept-Language", "zh-CN").body(Land.json(Land.parcel("EXISTING", park, "10")))
                .post("/api/v1/parcels")
                .then().statusCode(409)
                .body("title", equalTo("地块编号已被使用"))
                .body("detail", equalTo("您的开发区已有编号为 EXISTING 的地块。"));
    }

    @Test
    void a_status_a_request_may_not_state_or_an_unknown_land_use() {
        post(with("status", "RESERVED")).statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("detail", containsString("RESERVE, AVAILABLE"));
        post(with("landUse", "FARMLAND")).statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("detail", containsString("INDUSTRIAL"));
    }

    @Test
    void malformed_json_and_missing_fields() {
        post("{\"code\": \"NEW-1\", ").statusCode(400).body("code", equalTo("malformed-json"));
        post("{}").statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", hasItems("code", "parkId", "areaMu", "landUse"));
    }

    @Test
    void a_stale_or_missing_if_match() {
        change(existing, "\"7\"", existingWith("name", "改名")).statusCode(412)
                .body("code", equalTo("precondition-failed"));
        problem(Land.admin(zone).body(Land.json(existingWith("name", "改名"))).put("/api/v1/parcels/{id}", existing)
                .then(), "/api/v1/parcels/" + existing).statusCode(428).body("code", equalTo("if-match-required"));
    }

    @Test
    void a_change_of_code() {
        change(existing, "\"0\"", Land.parcel("RENAMED", park, "40")).statusCode(422)
                .body("code", equalTo("parcel-code-immutable")).body("errors[0].field", equalTo("code"));
    }

    @Test
    void a_held_parcel_keeps_its_area_land_use_park_and_status() {
        change(held, "\"1\"", heldWith("areaMu", new BigDecimal("81"))).statusCode(409)
                .body("code", equalTo("parcel-held"))
                .body("detail", containsString("HELD is RESERVED"));
        change(held, "\"1\"", heldWith("landUse", "RND")).statusCode(409).body("code", equalTo("parcel-held"));
        change(held, "\"1\"", heldWith("parkId", otherPark)).statusCode(409).body("code", equalTo("parcel-held"));
        change(held, "\"1\"", heldWith("status", "AVAILABLE")).statusCode(409).body("code", equalTo("parcel-held"));
    }

    @Test
    void a_team_member_or_viewer_may_not_write() {
        Land.as(zone, Roles.TEAM_MEMBER).body(Land.json(Land.parcel("NEW-1", park, "10"))).post("/api/v1/parcels")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
        Land.as(zone, Roles.VIEWER).header("If-Match", "\"0\"").body(Land.json(existingWith("name", "x")))
                .put("/api/v1/parcels/{id}", existing).then().statusCode(403).body("code", equalTo("forbidden"));
    }

    @Test
    void an_unknown_parcel() {
        UUID nowhere = UUID.randomUUID();
        Land.admin(zone).get("/api/v1/parcels/{id}", nowhere).then().statusCode(404)
                .body("code", equalTo("not-found"))
                .body("detail", equalTo("There is no parcel with id " + nowhere + "."));
    }

    @Test
    void bad_list_filters() {
        Land.admin(zone).queryParam("status", "SOLD").get("/api/v1/parcels")
                .then().statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("acceptedValues", contains("RESERVE", "AVAILABLE", "RESERVED", "ALLOCATED"));
        Land.admin(zone).queryParam("landUse", "FARMLAND").get("/api/v1/parcels")
                .then().statusCode(400).body("code", equalTo("invalid-enum-value"));
        Land.admin(zone).queryParam("minAreaMu", "lots").get("/api/v1/parcels")
                .then().statusCode(400).body("code", equalTo("invalid-parameter"));
        Land.admin(zone).queryParam("minAreaMu", "-1").get("/api/v1/parcels")
                .then().statusCode(400).body("code", equalTo("validation-failed"));
        Land.admin(zone).queryParam("park", "not-a-uuid").get("/api/v1/parcels")
                .then().statusCode(400).body("code", equalTo("invalid-parameter"));
    }
}
