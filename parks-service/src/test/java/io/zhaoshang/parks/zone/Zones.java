package io.zhaoshang.parks.zone;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import java.util.UUID;

/** Test data and callers for zone tests: every test works in a zone of its own. */
final class Zones {

    private Zones() {
    }

    static String newZoneCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String body(String code, String name) {
        return """
                {"code": "%s", "name": "%s", "city": "济宁市", "timeZone": "Asia/Shanghai", "level": "NATIONAL"}
                """.formatted(code, name);
    }

    static RequestSpecification as(String zone, String role) {
        String token = ZhaoshangTestResource.tokens().issue(role + "-of-" + zone, zone, null, role);
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static RequestSpecification admin(String zone) {
        return as(zone, Roles.ZONE_ADMIN);
    }

    /** Registers a zone and returns its id. */
    static String register(String zone) {
        return admin(zone).body(body(zone, "济宁高新技术产业开发区")).post("/api/v1/zones")
                .then().statusCode(201).extract().path("id");
    }
}
