package io.zhaoshang.parks.carrier;

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

/** Test data and callers for carrier tests: every test works in zones of its own. */
final class Carriers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Carriers() {
    }

    static String newZoneCode() {
        return "C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static RequestSpecification as(String zone, String role) {
        String token = ZhaoshangTestResource.tokens().issue(role + "-of-" + zone, zone, null, role);
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static RequestSpecification admin(String zone) {
        return as(zone, Roles.PARK_ADMIN);
    }

    /** Registers the zone and one park of it; returns the park's id. */
    static String zoneWithPark(String zone) {
        as(zone, Roles.ZONE_ADMIN).body("""
                {"code": "%s", "name": "济宁高新技术产业开发区", "city": "济宁市", "level": "NATIONAL"}
                """.formatted(zone)).post("/api/v1/zones").then().statusCode(201);
        return park(zone, "PARK-1");
    }

    /** Registers another park in a registered zone; returns its id. */
    static String park(String zone, String code) {
        Map<String, Object> park = Map.of("code", code, "name", "园区 " + code, "kind", "SPECIALIZED_PARK",
                "status", "ACTIVE", "areaMu", new BigDecimal("100.5"), "leadingIndustries", List.of("SEI-04.01"));
        return admin(zone).body(json(park)).post("/api/v1/parks").then().statusCode(201).extract().path("id");
    }

    /** A valid carrier request, to change field by field. */
    static Map<String, Object> carrier(String code, String parkId) {
        Map<String, Object> carrier = new LinkedHashMap<>();
        carrier.put("code", code);
        carrier.put("name", "标准厂房 " + code);
        carrier.put("parkId", parkId);
        carrier.put("kind", "STANDARD_FACTORY");
        carrier.put("floorAreaSqm", new BigDecimal("1000"));
        carrier.put("monthlyRentPerSqm", Map.of("amount", "18.50", "currency", "CNY"));
        carrier.put("availableFrom", "2026-03-01");
        return carrier;
    }

    static Map<String, Object> lease(String area) {
        Map<String, Object> lease = new LinkedHashMap<>();
        lease.put("projectId", UUID.randomUUID().toString());
        lease.put("areaSqm", new BigDecimal(area));
        lease.put("from", "2026-04-01");
        return lease;
    }

    static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String register(String zone, Map<String, Object> carrier) {
        return admin(zone).body(json(carrier)).post("/api/v1/carriers")
                .then().statusCode(201).extract().path("id");
    }

    static String lease(String zone, String carrierId, String area) {
        return admin(zone).body(json(lease(area))).post("/api/v1/carriers/{id}/leases", carrierId)
                .then().statusCode(201).extract().path("id");
    }
}
