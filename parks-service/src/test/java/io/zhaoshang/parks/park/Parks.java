package io.zhaoshang.parks.park;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data and callers for park tests: every test works in zones of its own. */
final class Parks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Parks() {
    }

    static String newZoneCode() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static RequestSpecification as(String zone, String role) {
        String token = ZhaoshangTestResource.tokens().issue(role + "-of-" + zone, zone, null, role);
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static RequestSpecification admin(String zone) {
        return as(zone, Roles.PARK_ADMIN);
    }

    /** Registers the zone in the service, as its zone administrator does before its parks. */
    static String registerZone(String zone) {
        return as(zone, Roles.ZONE_ADMIN).body("""
                {"code": "%s", "name": "济宁高新技术产业开发区", "city": "济宁市", "level": "NATIONAL"}
                """.formatted(zone)).post("/api/v1/zones")
                .then().statusCode(201).extract().path("id");
    }

    /** A valid park request, to change field by field with {@link #json}. */
    static Map<String, Object> park(String code) {
        Map<String, Object> park = new LinkedHashMap<>();
        park.put("code", code);
        park.put("name", "园区 " + code);
        park.put("kind", "SPECIALIZED_PARK");
        park.put("status", "ACTIVE");
        park.put("areaMu", new BigDecimal("100.5"));
        park.put("leadingIndustries", List.of("SEI-04.01"));
        park.put("address", "山东省济宁市高新区海川路9号");
        return park;
    }

    static Map<String, Object> under(String parentId, Map<String, Object> park) {
        park.put("parentId", parentId);
        return park;
    }

    static String json(Map<String, Object> park) {
        try {
            return JSON.writeValueAsString(park);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers a park in the zone and returns its id. */
    static String register(String zone, Map<String, Object> park) {
        return admin(zone).body(json(park)).post("/api/v1/parks")
                .then().statusCode(201).extract().path("id");
    }
}
