package io.zhaoshang.parks.zone;

import io.restassured.specification.RequestSpecification;
import io.zhaoshang.parks.ParksApi;
import io.zhaoshang.platform.security.Roles;

/** Test data and callers for zone tests: every test works in a zone of its own. */
final class Zones {

    private Zones() {
    }

    static String newZoneCode() {
        return ParksApi.newZoneCode("T");
    }

    static String body(String code, String name) {
        return """
                {"code": "%s", "name": "%s", "city": "济宁市", "timeZone": "Asia/Shanghai", "level": "NATIONAL"}
                """.formatted(code, name);
    }

    static RequestSpecification as(String zone, String role) {
        return ParksApi.as(zone, role);
    }

    static RequestSpecification admin(String zone) {
        return ParksApi.as(zone, Roles.ZONE_ADMIN);
    }

    /** Registers a zone and returns its id. */
    static String register(String zone) {
        return admin(zone).body(body(zone, "济宁高新技术产业开发区")).post("/api/v1/zones")
                .then().statusCode(201).extract().path("id");
    }
}
