package io.zhaoshang.parks.carrier;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
 * Every kind of bad input on the carrier API gets its problem response and writes nothing: no
 * carrier, no lease, no event, and the existing carrier keeps its version and vacancy.
 */
@QuarkusTest
class CarrierBadInputTest {

    // Shared by the tests of this class, which must leave them as they are (nothingWasWritten checks it).
    private static String zone;
    private static String park;
    private static String existing;
    private static String activeLease;
    private static String releasedLease;
    private static String otherZonesPark;
    private static String retiredPark;

    private long carriersBefore;
    private long leasesBefore;
    private long eventsBefore;

    @BeforeEach
    void remember() {
        if (zone == null) {
            zone = Carriers.newZoneCode();
            park = Carriers.zoneWithPark(zone);
            existing = Carriers.register(zone, Carriers.carrier("EXISTING", park)); // 1000 m²
            activeLease = Carriers.lease(zone, existing, "600");
            releasedLease = Carriers.lease(zone, existing, "100");
            Carriers.admin(zone).delete("/api/v1/carriers/{id}/leases/{leaseId}", existing, releasedLease)
                    .then().statusCode(200);
            otherZonesPark = Carriers.zoneWithPark(Carriers.newZoneCode());
            retiredPark = Carriers.park(zone, "RETIRED");
            Carriers.admin(zone).header("If-Match", "\"0\"").post("/api/v1/parks/{id}/retirements", retiredPark)
                    .then().statusCode(200);
        }
        carriersBefore = count("select count(*) from carrier where zone = ?", zone);
        leasesBefore = count("select count(*) from carrier_lease l join carrier c on c.id = l.carrier_id "
                + "where c.zone = ? and l.released_at is null", zone);
        eventsBefore = count("select count(*) from outbox_event where payload like ?", "%\"" + zone + "\"%");
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(count("select count(*) from carrier where zone = ?", zone)).isEqualTo(carriersBefore);
        assertThat(count("select count(*) from carrier_lease l join carrier c on c.id = l.carrier_id "
                + "where c.zone = ? and l.released_at is null", zone)).isEqualTo(leasesBefore);
        assertThat(count("select count(*) from outbox_event where payload like ?", "%\"" + zone + "\"%"))
                .isEqualTo(eventsBefore);
        assertThat(count("select count(*) from carrier where id = ?::uuid and version = 3 and leased_sqm = 600 "
                + "and floor_area_sqm = 1000 and name = ?", existing, "标准厂房 EXISTING")).isEqualTo(1);
    }

    private static ValidatableResponse problem(ValidatableResponse response, String instance) {
        return response.contentType("application/problem+json")
                .body("instance", equalTo(instance))
                .body("type", startsWith("https://zhaoshang.io/problems/"))
                .body("detail", not(containsString("Exception")));
    }

    private ValidatableResponse post(String body) {
        return problem(Carriers.admin(zone).body(body).post("/api/v1/carriers").then(), "/api/v1/carriers");
    }

    private ValidatableResponse post(Map<String, Object> carrier) {
        return post(Carriers.json(carrier));
    }

    private ValidatableResponse lease(String body) {
        return problem(Carriers.admin(zone).body(body).post("/api/v1/carriers/{id}/leases", existing).then(),
                "/api/v1/carriers/" + existing + "/leases");
    }

    private ValidatableResponse change(String ifMatch, Map<String, Object> carrier) {
        return problem(Carriers.admin(zone).header("If-Match", ifMatch).body(Carriers.json(carrier))
                .put("/api/v1/carriers/{id}", existing).then(), "/api/v1/carriers/" + existing);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> carrier = Carriers.carrier("NEW-1", park);
        carrier.put(field, value);
        return carrier;
    }

    private static Map<String, Object> existingWith(String field, Object value) {
        Map<String, Object> carrier = Carriers.carrier("EXISTING", park);
        carrier.put(field, value);
        return carrier;
    }

    private static String leaseOf(Object area) {
        Map<String, Object> lease = Carriers.lease("1");
        lease.put("areaSqm", area);
        return Carriers.json(lease);
    }

    @Test
    void an_unknown_park() {
        String nowhere = UUID.randomUUID().toString();
        post(with("parkId", nowhere)).statusCode(422)
                .body("code", equalTo("unknown-park"))
                .body("detail", equalTo("There is no park with id " + nowhere + " in your zone."))
                .body("errors[0].field", equalTo("parkId"));
    }

    @Test
    void a_park_of_another_zone_is_unknown_too() {
        post(with("parkId", otherZonesPark)).statusCode(422).body("code", equalTo("unknown-park"));
        change("\"3\"", existingWith("parkId", otherZonesPark)).statusCode(422).body("code", equalTo("unknown-park"));
    }

    @Test
    void nothing_new_stands_in_a_retired_park() {
        post(with("parkId", retiredPark)).statusCode(422)
                .body("code", equalTo("park-not-open"))
                .body("detail", equalTo("The park " + retiredPark + " is RETIRED: nothing new can be placed in a "
                        + "merged or retired park."))
                .body("errors[0].field", equalTo("parkId"));
        change("\"3\"", existingWith("parkId", retiredPark)).statusCode(422).body("code", equalTo("park-not-open"));
    }

    @Test
    void a_zero_negative_or_too_precise_floor_area() {
        post(with("floorAreaSqm", BigDecimal.ZERO)).statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("floorAreaSqm")).body("errors.code", contains("DecimalMin"));
        post(with("floorAreaSqm", new BigDecimal("-5"))).statusCode(400)
                .body("errors.field", contains("floorAreaSqm")).body("errors.code", contains("DecimalMin"));
        post(with("floorAreaSqm", new BigDecimal("12.345"))).statusCode(400)
                .body("errors.field", contains("floorAreaSqm")).body("errors.code", contains("Digits"));
    }

    @Test
    void a_rent_with_three_decimals() {
        post(with("monthlyRentPerSqm", Map.of("amount", "18.505", "currency", "CNY"))).statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors[0].field", startsWith("monthlyRentPerSqm"));
    }

    @Test
    void an_unknown_kind() {
        post(with("kind", "CASTLE")).statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("detail", containsString("ACCELERATOR"));
    }

    @Test
    void a_code_the_zone_has_already() {
        post(Carriers.carrier("EXISTING", park)).statusCode(409).body("code", equalTo("carrier-code-taken"))
                .body("detail", equalTo("Your zone has a carrier with the code EXISTING already."));
    }

    @Test
    void malformed_json() {
        post("{\"code\": \"NEW-1\", ").statusCode(400).body("code", equalTo("malformed-json"));
        lease("{\"areaSqm\": ").statusCode(400).body("code", equalTo("malformed-json"));
    }

    @Test
    void missing_fields() {
        post("{}").statusCode(400).body("code", equalTo("validation-failed"));
        lease("{}").statusCode(400).body("code", equalTo("validation-failed"));
    }

    @Test
    void a_zero_negative_or_too_precise_lease_area() {
        lease(leaseOf(BigDecimal.ZERO)).statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("areaSqm")).body("errors.code", contains("DecimalMin"));
        lease(leaseOf(new BigDecimal("-1"))).statusCode(400)
                .body("errors.field", contains("areaSqm")).body("errors.code", contains("DecimalMin"));
        lease(leaseOf(new BigDecimal("1.005"))).statusCode(400)
                .body("errors.field", contains("areaSqm")).body("errors.code", contains("Digits"));
    }

    @Test
    void a_lease_over_the_vacant_area() {
        lease(leaseOf(new BigDecimal("400.01"))).statusCode(409)
                .body("code", equalTo("insufficient-vacancy"))
                .body("detail", equalTo("The carrier has 400.00 m² vacant, less than the 400.01 m² asked for."))
                .body("vacantSqm", equalTo(400f));
    }

    @Test
    void problems_speak_chinese_when_asked() {
        Carriers.admin(zone).header("Accept-Language", "zh-CN").body(leaseOf(new BigDecimal("5000")))
                .post("/api/v1/carriers/{id}/leases", existing)
                .then().statusCode(409)
                .body("title", equalTo("空置面积不足"))
                .body("detail", equalTo("该载体空置 400.00 平方米，少于申请的 5000.00 平方米。"));
    }

    @Test
    void releasing_a_released_lease_again() {
        problem(Carriers.admin(zone).delete("/api/v1/carriers/{id}/leases/{leaseId}", existing, releasedLease).then(),
                "/api/v1/carriers/" + existing + "/leases/" + releasedLease)
                .statusCode(409).body("code", equalTo("lease-already-released"));
    }

    @Test
    void releasing_a_lease_that_is_not_the_carriers() {
        Carriers.admin(zone).delete("/api/v1/carriers/{id}/leases/{leaseId}", existing, UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("not-found"));
        Carriers.admin(zone).delete("/api/v1/carriers/{id}/leases/{leaseId}", UUID.randomUUID(), activeLease)
                .then().statusCode(404).body("code", equalTo("not-found"));
    }

    @Test
    void a_stale_or_missing_if_match() {
        change("\"2\"", existingWith("name", "改名")).statusCode(412).body("code", equalTo("precondition-failed"));
        problem(Carriers.admin(zone).body(Carriers.json(existingWith("name", "改名")))
                .put("/api/v1/carriers/{id}", existing).then(), "/api/v1/carriers/" + existing)
                .statusCode(428).body("code", equalTo("if-match-required"));
    }

    @Test
    void a_change_of_code() {
        change("\"3\"", Carriers.carrier("RENAMED", park)).statusCode(422)
                .body("code", equalTo("carrier-code-immutable")).body("errors[0].field", equalTo("code"));
    }

    @Test
    void a_floor_area_below_the_leased_area() {
        change("\"3\"", existingWith("floorAreaSqm", new BigDecimal("599.99"))).statusCode(422)
                .body("code", equalTo("floor-area-below-leased"))
                .body("errors[0].field", equalTo("floorAreaSqm"));
    }

    @Test
    void a_team_member_or_viewer_may_not_write() {
        Carriers.as(zone, Roles.TEAM_MEMBER).body(Carriers.json(Carriers.carrier("NEW-1", park)))
                .post("/api/v1/carriers")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
        Carriers.as(zone, Roles.TEAM_MEMBER).header("If-Match", "\"3\"").body(Carriers.json(existingWith("name", "x")))
                .put("/api/v1/carriers/{id}", existing).then().statusCode(403).body("code", equalTo("forbidden"));
        Carriers.as(zone, Roles.TEAM_MEMBER).body(leaseOf(BigDecimal.ONE))
                .post("/api/v1/carriers/{id}/leases", existing).then().statusCode(403).body("code", equalTo("forbidden"));
        Carriers.as(zone, Roles.VIEWER).delete("/api/v1/carriers/{id}/leases/{leaseId}", existing, activeLease)
                .then().statusCode(403).body("code", equalTo("forbidden"));
    }

    @Test
    void bad_list_filters() {
        Carriers.admin(zone).queryParam("kind", "CASTLE").get("/api/v1/carriers")
                .then().statusCode(400).body("code", equalTo("invalid-enum-value"));
        Carriers.admin(zone).queryParam("minVacantSqm", "lots").get("/api/v1/carriers")
                .then().statusCode(400).body("code", equalTo("invalid-parameter"));
        Carriers.admin(zone).queryParam("minVacantSqm", "-1").get("/api/v1/carriers")
                .then().statusCode(400).body("code", equalTo("validation-failed"));
        Carriers.admin(zone).queryParam("park", "not-a-uuid").get("/api/v1/carriers")
                .then().statusCode(400).body("code", equalTo("invalid-parameter"));
    }
}
