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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input on the land reservation API gets its problem response and writes nothing:
 * no reservation, no parcel changed, no event.
 */
@QuarkusTest
class LandReservationBadInputTest {

    private static final String RESERVATIONS = "/api/v1/land-reservations";

    // Shared by the tests of this class, which must leave them as they are (nothingWasWritten checks it).
    private static String zone;
    private static String park;
    private static String otherPark;
    private static String retiredPark;
    private static String otherZonesPark;
    private static String free;
    private static String rndParcel;
    private static String otherParksParcel;
    private static String heldParcel;
    private static String held;
    private static String allocated;
    private static String released;

    private long reservationsBefore;
    private long versionsBefore;
    private long eventsBefore;

    @BeforeEach
    void remember() {
        if (zone == null) {
            zone = Land.newZoneCode();
            park = Land.zoneWithPark(zone);
            otherPark = Land.park(zone, "PARK-2");
            retiredPark = Land.park(zone, "OLD");
            Land.retire(zone, retiredPark);
            otherZonesPark = Land.zoneWithPark(Land.newZoneCode());
            heldParcel = Land.parcel(zone, "HELD", park, "30");
            held = Land.reserve(zone, withParcels(Land.reservation(park, "30"), heldParcel));
            allocated = Land.reserve(zone, withParcels(Land.reservation(park, "20"), Land.parcel(zone, "ALLOC", park, "20")));
            Land.admin(zone).post(RESERVATIONS + "/{id}/allocation", allocated).then().statusCode(200);
            released = Land.reserve(zone, withParcels(Land.reservation(park, "10"), Land.parcel(zone, "FREED", park, "10")));
            Land.admin(zone).post(RESERVATIONS + "/{id}/release", released).then().statusCode(200);
            free = Land.parcel(zone, "FREE", park, "40");
            Map<String, Object> rnd = Land.parcel("RND", park, "40");
            rnd.put("landUse", "RND");
            rndParcel = Land.registerParcel(zone, rnd);
            otherParksParcel = Land.parcel(zone, "ELSEWHERE", otherPark, "40");
        }
        reservationsBefore = count("select count(*) from land_reservation where zone = ?", zone);
        versionsBefore = count("select sum(version) from parcel where zone = ?", zone)
                + count("select sum(version) from land_reservation where zone = ?", zone);
        eventsBefore = count("select count(*) from outbox_event where payload like ?", "%\"" + zone + "\"%");
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(count("select count(*) from land_reservation where zone = ?", zone)).isEqualTo(reservationsBefore);
        assertThat(count("select sum(version) from parcel where zone = ?", zone)
                + count("select sum(version) from land_reservation where zone = ?", zone)).isEqualTo(versionsBefore);
        assertThat(count("select count(*) from outbox_event where payload like ?", "%\"" + zone + "\"%"))
                .isEqualTo(eventsBefore);
        assertThat(count("select count(*) from parcel where id = ?::uuid and status = 'RESERVED' "
                + "and reservation_id = ?::uuid", heldParcel, held)).isEqualTo(1);
        assertThat(count("select count(*) from land_reservation where id in (?::uuid, ?::uuid, ?::uuid) "
                + "and status in ('RESERVED', 'ALLOCATED', 'RELEASED')", held, allocated, released)).isEqualTo(3);
    }

    private static Map<String, Object> withParcels(Map<String, Object> reservation, String... parcels) {
        reservation.put("parcelIds", List.of(parcels));
        return reservation;
    }

    private static ValidatableResponse problem(ValidatableResponse response, String instance) {
        return response.contentType("application/problem+json")
                .body("instance", equalTo(instance))
                .body("type", startsWith("https://zhaoshang.io/problems/"))
                .body("detail", not(containsString("Exception")));
    }

    private ValidatableResponse post(String body) {
        return problem(Land.admin(zone).body(body).post(RESERVATIONS).then(), RESERVATIONS);
    }

    private ValidatableResponse post(Map<String, Object> reservation) {
        return post(Land.json(reservation));
    }

    private ValidatableResponse action(String id, String action) {
        return problem(Land.admin(zone).post(RESERVATIONS + "/{id}/" + action, id).then(),
                RESERVATIONS + "/" + id + "/" + action);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> reservation = Land.reservation(park, "30");
        reservation.put(field, value);
        return reservation;
    }

    @Test
    void a_zero_negative_or_too_precise_area() {
        post(with("areaMu", BigDecimal.ZERO)).statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("areaMu")).body("errors.code", contains("DecimalMin"));
        post(with("areaMu", new BigDecimal("-1"))).statusCode(400).body("errors.code", contains("DecimalMin"));
        post(with("areaMu", new BigDecimal("30.125"))).statusCode(400)
                .body("errors.field", contains("areaMu")).body("errors.code", contains("Digits"));
    }

    @Test
    void an_unknown_park_one_of_another_zone_or_a_retired_one() {
        post(with("parkId", UUID.randomUUID().toString())).statusCode(422).body("code", equalTo("unknown-park"))
                .body("errors[0].field", equalTo("parkId"));
        post(with("parkId", otherZonesPark)).statusCode(422).body("code", equalTo("unknown-park"));
        post(with("parkId", retiredPark)).statusCode(422).body("code", equalTo("park-not-open"))
                .body("detail", containsString("RETIRED"));
    }

    @Test
    void reserving_an_already_reserved_parcel() {
        post(withParcels(Land.reservation(park, "30"), heldParcel)).statusCode(409)
                .body("code", equalTo("parcel-not-available"))
                .body("detail", equalTo("The parcel HELD is RESERVED, not AVAILABLE: it cannot be reserved."));
        post(withParcels(Land.reservation(park, "50"), free, heldParcel)).statusCode(409)
                .body("code", equalTo("parcel-not-available"));
    }

    @Test
    void no_parcel_fits() {
        post(Land.reservation(park, "1000")).statusCode(409).body("code", equalTo("no-parcel-fits"))
                .body("detail", equalTo("No AVAILABLE INDUSTRIAL parcel of the park " + park
                        + ", alone or together with others, adds up to the 1000.00 mu asked for."));
        Map<String, Object> logistics = Land.reservation(park, "1");
        logistics.put("landUse", "LOGISTICS");
        post(logistics).statusCode(409).body("code", equalTo("no-parcel-fits"));
    }

    @Test
    void problems_speak_chinese_when_asked() {
        Land.admin(zone).header("Accept-Language", "zh-CN").body(Land.json(Land.reservation(park, "1000")))
                .post(RESERVATIONS)
                .then().statusCode(409)
                .body("title", equalTo("没有合适的地块"))
                .body("detail", equalTo("园区 " + park + " 中没有单独或合计达到申请的 1000.00 亩的可供 INDUSTRIAL 地块。"));
        Land.admin(zone).header("Accept-Language", "zh-CN").post(RESERVATIONS + "/{id}/release", allocated)
                .then().statusCode(409)
                .body("title", equalTo("土地已供应"));
    }

    @Test
    void parcels_named_that_do_not_belong_to_the_request() {
        UUID nowhere = UUID.randomUUID();
        post(withParcels(Land.reservation(park, "30"), nowhere.toString())).statusCode(422)
                .body("code", equalTo("unknown-parcel")).body("errors[0].field", equalTo("parcelIds"));
        post(withParcels(Land.reservation(park, "30"), otherParksParcel)).statusCode(422)
                .body("code", equalTo("parcel-not-in-park"));
        post(withParcels(Land.reservation(park, "30"), rndParcel)).statusCode(422)
                .body("code", equalTo("parcel-land-use-mismatch"))
                .body("detail", equalTo("The parcel RND is RND land, not INDUSTRIAL land as asked for."));
        post(withParcels(Land.reservation(park, "40.01"), free)).statusCode(422)
                .body("code", equalTo("parcels-too-small"))
                .body("errors[0].message", equalTo("add up to 40.00 mu, less than the 40.01 mu asked for"));
    }

    @Test
    void releasing_an_allocated_reservation() {
        action(allocated, "release").statusCode(409).body("code", equalTo("land-already-allocated"));
    }

    @Test
    void allocating_or_releasing_a_reservation_that_holds_nothing() {
        action(released, "allocation").statusCode(409).body("code", equalTo("reservation-not-held"))
                .body("detail", equalTo("The land reservation " + released
                        + " is RELEASED: it holds no land to allocate or release."));
        action(released, "release").statusCode(409).body("code", equalTo("reservation-not-held"));
        action(allocated, "allocation").statusCode(409).body("code", equalTo("reservation-not-held"));
    }

    @Test
    void an_unknown_reservation_or_one_of_another_zone() {
        UUID nowhere = UUID.randomUUID();
        action(nowhere.toString(), "allocation").statusCode(404).body("code", equalTo("not-found"))
                .body("detail", equalTo("There is no land reservation with id " + nowhere + "."));
        String other = Land.newZoneCode();
        Land.admin(other).post(RESERVATIONS + "/{id}/release", held).then().statusCode(404)
                .body("code", equalTo("not-found"));
    }

    @Test
    void unknown_enum_values_malformed_json_and_missing_fields() {
        post(with("landUse", "FARMLAND")).statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("detail", containsString("INDUSTRIAL"));
        post("{\"projectId\": ").statusCode(400).body("code", equalTo("malformed-json"));
        post("{}").statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", hasItems("projectId", "parkId", "areaMu", "landUse"));
        post(with("parcelIds", List.of())).statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("parcelIds"));
        post(with("parcelIds", List.of("not-a-uuid"))).statusCode(400);
    }

    @Test
    void a_team_member_or_viewer_may_not_write() {
        Land.as(zone, Roles.TEAM_MEMBER).body(Land.json(Land.reservation(park, "10"))).post(RESERVATIONS)
                .then().statusCode(403).body("code", equalTo("forbidden"));
        Land.as(zone, Roles.VIEWER).post(RESERVATIONS + "/{id}/allocation", held)
                .then().statusCode(403).body("code", equalTo("forbidden"));
        Land.as(zone, Roles.TEAM_LEAD).post(RESERVATIONS + "/{id}/release", held)
                .then().statusCode(403).body("code", equalTo("forbidden"));
    }

    @Test
    void bad_list_filters() {
        Land.admin(zone).queryParam("status", "HELD").get(RESERVATIONS)
                .then().statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("acceptedValues", contains("RESERVED", "ALLOCATED", "RELEASED", "EXPIRED", "REJECTED"));
        Land.admin(zone).queryParam("project", "not-a-uuid").get(RESERVATIONS)
                .then().statusCode(400).body("code", equalTo("invalid-parameter"));
        Land.admin(zone).queryParam("limit", "500").get(RESERVATIONS)
                .then().statusCode(400).body("code", equalTo("invalid-limit"));
    }
}
