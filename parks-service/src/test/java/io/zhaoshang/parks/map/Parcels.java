package io.zhaoshang.parks.map;

import io.zhaoshang.parks.ParksApi;
import java.util.UUID;

/** Parcels of the land pool for the map's tests, registered (and reserved) through the land pool's API. */
final class Parcels {

    private Parcels() {
    }

    /** A parcel that no reservation holds: RESERVE or AVAILABLE; returns its id. */
    static String free(String zone, String parkId, String areaMu, String landUse, String status) {
        return ParksApi.admin(zone).body("""
                {"code": "D-%s", "parkId": "%s", "areaMu": %s, "landUse": "%s", "status": "%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase(), parkId, areaMu, landUse, status))
                .post("/api/v1/parcels").then().statusCode(201).extract().path("id");
    }

    /** A parcel held by a reservation of its own (status RESERVED). */
    static void reserved(String zone, String parkId, String areaMu, String landUse) {
        String parcel = free(zone, parkId, areaMu, landUse, "AVAILABLE");
        ParksApi.admin(zone).body("""
                {"projectId": "%s", "parkId": "%s", "areaMu": %s, "landUse": "%s", "parcelIds": ["%s"]}"""
                .formatted(UUID.randomUUID(), parkId, areaMu, landUse, parcel))
                .post("/api/v1/land-reservations").then().statusCode(201);
    }
}
