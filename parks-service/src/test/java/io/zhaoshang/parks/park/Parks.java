package io.zhaoshang.parks.park;

import io.restassured.specification.RequestSpecification;
import io.zhaoshang.parks.ParksApi;
import io.zhaoshang.platform.security.Roles;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data and callers for park tests: every test works in zones of its own. */
final class Parks {

    private Parks() {
    }

    static String newZoneCode() {
        return ParksApi.newZoneCode("P");
    }

    static RequestSpecification as(String zone, String role) {
        return ParksApi.as(zone, role);
    }

    static RequestSpecification admin(String zone) {
        return ParksApi.as(zone, Roles.PARK_ADMIN);
    }

    /** Registers the zone in the service, as its zone administrator does before its parks. */
    static String registerZone(String zone) {
        return ParksApi.registerZone(zone);
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
        return ParksApi.json(park);
    }

    /** Registers a park in the zone and returns its id. */
    static String register(String zone, Map<String, Object> park) {
        return admin(zone).body(json(park)).post("/api/v1/parks")
                .then().statusCode(201).extract().path("id");
    }
}
