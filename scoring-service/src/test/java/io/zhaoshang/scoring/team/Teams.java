package io.zhaoshang.scoring.team;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import java.util.UUID;

/** Test data and callers for team tests: every test works in a zone of its own. */
public final class Teams {

    private Teams() {
    }

    public static String newZone() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String body(String code, String name, String kind) {
        return """
                {"code": "%s", "name": "%s", "kind": "%s"}
                """.formatted(code, name, kind);
    }

    static String body(String code, String name) {
        return body(code, name, "GOVERNMENT_SQUAD");
    }

    public static RequestSpecification as(String zone, String role) {
        String token = ZhaoshangTestResource.tokens().issue(role + "-of-" + zone, zone, null, role);
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification admin(String zone) {
        return as(zone, Roles.ZONE_ADMIN);
    }

    /** Registers a team in the zone and returns its id. */
    static String register(String zone, String code, String kind) {
        return admin(zone).body(body(code, "招商队伍 " + code, kind)).post("/api/v1/teams")
                .then().statusCode(201).extract().path("id");
    }

    public static String register(String zone, String code) {
        return register(zone, code, "GOVERNMENT_SQUAD");
    }
}
