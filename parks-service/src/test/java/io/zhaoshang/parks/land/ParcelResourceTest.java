package io.zhaoshang.parks.land;

import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.platform.security.Roles;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParcelResourceTest {

    private String zone;
    private String park;

    @BeforeEach
    void zoneWithPark() {
        zone = Land.newZoneCode();
        park = Land.zoneWithPark(zone);
    }

    @Test
    void registers_reads_and_lists_a_parcel() {
        Map<String, Object> request = Land.parcel("JN-2026-G07", park, "56.25");
        String location = Land.admin(zone).body(Land.json(request)).post("/api/v1/parcels")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("zone", equalTo(zone))
                .body("code", equalTo("JN-2026-G07"))
                .body("name", equalTo("地块 JN-2026-G07"))
                .body("parkId", equalTo(park))
                .body("areaMu", equalTo(56.25f))
                .body("landUse", equalTo("INDUSTRIAL"))
                .body("status", equalTo("AVAILABLE"))
                .body("reservationId", nullValue())
                .body("location", equalTo("海川路以北、崇文大道以东"))
                .body("createdBy", equalTo("park-admin-of-" + zone))
                .extract().header("Location");
        String id = Land.as(zone, Roles.VIEWER).get(location)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("code", equalTo("JN-2026-G07"))
                .extract().path("id");
        assertThat(location).endsWith("/api/v1/parcels/" + id);
        Land.as(zone, Roles.TEAM_MEMBER).get("/api/v1/parcels")
                .then().statusCode(200).body("items.id", contains(id)).body("nextCursor", nullValue());
        assertThat(rows("select zone, park_id::text as park, area_mu, land_use, status, reservation_id, version "
                + "from parcel where id = ?::uuid", id)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("zone", zone)
                .containsEntry("park", park)
                .containsEntry("area_mu", new BigDecimal("56.25"))
                .containsEntry("land_use", "INDUSTRIAL")
                .containsEntry("status", "AVAILABLE")
                .containsEntry("reservation_id", null)
                .containsEntry("version", 0L));
    }

    @Test
    void a_parcel_registered_without_a_status_is_in_reserve_and_offered_later() {
        Map<String, Object> request = Land.parcel("RES-1", park, "20");
        request.remove("status");
        request.remove("name");
        request.remove("location");
        String id = Land.admin(zone).body(Land.json(request)).post("/api/v1/parcels")
                .then().statusCode(201)
                .body("status", equalTo("RESERVE"))
                .body("name", nullValue())
                .body("location", nullValue())
                .extract().path("id");

        request.put("status", "AVAILABLE");
        Land.as(zone, Roles.ZONE_ADMIN).header("If-Match", "\"0\"").body(Land.json(request))
                .put("/api/v1/parcels/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("AVAILABLE"))
                .body("updatedBy", equalTo("zone-admin-of-" + zone));
    }

    @Test
    void a_change_needs_the_current_etag_and_moves_the_parcel_to_another_park() {
        String otherPark = Land.park(zone, "PARK-2");
        Map<String, Object> request = Land.parcel("MOVE-1", park, "30");
        String id = Land.registerParcel(zone, request);
        request.put("parkId", otherPark);
        request.put("areaMu", new BigDecimal("31.5"));
        request.put("landUse", "RND");
        request.put("name", "科研地块");
        request.remove("status"); // absent: kept
        Land.admin(zone).header("If-Match", "\"0\"").body(Land.json(request)).put("/api/v1/parcels/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("parkId", equalTo(otherPark))
                .body("areaMu", equalTo(31.5f))
                .body("landUse", equalTo("RND"))
                .body("status", equalTo("AVAILABLE"))
                .body("name", equalTo("科研地块"));
        assertThat(rows("select park_id::text as park, area_mu, version from parcel where id = ?::uuid", id))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("park", otherPark)
                        .containsEntry("area_mu", new BigDecimal("31.50")).containsEntry("version", 1L));
    }

    @Test
    void a_change_that_changes_nothing_keeps_the_version() {
        Map<String, Object> request = Land.parcel("SAME-1", park, "30");
        String id = Land.registerParcel(zone, request);
        Land.admin(zone).header("If-Match", "\"0\"").body(Land.json(request)).put("/api/v1/parcels/{id}", id)
                .then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void a_held_parcel_changes_only_its_name_and_location() {
        Map<String, Object> request = Land.parcel("HELD-1", park, "30");
        String id = Land.registerParcel(zone, request);
        Land.reserve(zone, Land.reservation(park, "25"));
        String etag = Land.admin(zone).get("/api/v1/parcels/{id}", id).then().statusCode(200)
                .body("status", equalTo("RESERVED"))
                .body("reservationId", notNullValue())
                .extract().header("ETag");
        assertThat(etag).isEqualTo("\"1\"");

        request.put("name", "已预留地块");
        request.put("location", "海川路以南");
        request.remove("status");
        Land.admin(zone).header("If-Match", etag).body(Land.json(request)).put("/api/v1/parcels/{id}", id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("name", equalTo("已预留地块"))
                .body("location", equalTo("海川路以南"))
                .body("status", equalTo("RESERVED"));
    }

    @Test
    void the_list_filters_by_park_status_land_use_and_area() {
        String otherPark = Land.park(zone, "PARK-2");
        String small = Land.parcel(zone, "S-1", park, "10");
        Map<String, Object> rnd = Land.parcel("R-1", otherPark, "40");
        rnd.put("landUse", "RND");
        String rndId = Land.registerParcel(zone, rnd);
        Map<String, Object> reserve = Land.parcel("V-1", park, "80");
        reserve.put("status", "RESERVE");
        String reserveId = Land.registerParcel(zone, reserve);

        Land.admin(zone).queryParam("park", park).get("/api/v1/parcels")
                .then().statusCode(200).body("items.id", contains(small, reserveId));
        Land.admin(zone).queryParam("status", "RESERVE").get("/api/v1/parcels")
                .then().statusCode(200).body("items.id", contains(reserveId));
        Land.admin(zone).queryParam("landUse", "RND").get("/api/v1/parcels")
                .then().statusCode(200).body("items.id", contains(rndId));
        Land.admin(zone).queryParam("minAreaMu", "40").get("/api/v1/parcels")
                .then().statusCode(200).body("items.id", containsInAnyOrder(rndId, reserveId));
        Land.admin(zone).queryParam("minAreaMu", "40.01").queryParam("status", "AVAILABLE").get("/api/v1/parcels")
                .then().statusCode(200).body("items", hasSize(0));
        Land.admin(zone).queryParam("limit", 2).get("/api/v1/parcels")
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue());
    }

    @Test
    void another_zone_sees_none_of_the_parcels() {
        String id = Land.parcel(zone, "MINE", park, "10");
        String other = Land.newZoneCode();
        Land.zoneWithPark(other);
        Land.admin(other).get("/api/v1/parcels/{id}", id).then().statusCode(404).body("code", equalTo("not-found"));
        Land.admin(other).get("/api/v1/parcels").then().statusCode(200).body("items", hasSize(0));
    }
}
