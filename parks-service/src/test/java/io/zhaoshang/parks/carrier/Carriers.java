package io.zhaoshang.parks.carrier;

import io.restassured.specification.RequestSpecification;
import io.zhaoshang.parks.ParksApi;
import io.zhaoshang.platform.security.Roles;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Test data and callers for carrier tests: every test works in zones of its own. */
final class Carriers {

    private Carriers() {
    }

    static String newZoneCode() {
        return ParksApi.newZoneCode("C");
    }

    static RequestSpecification as(String zone, String role) {
        return ParksApi.as(zone, role);
    }

    static RequestSpecification admin(String zone) {
        return ParksApi.as(zone, Roles.PARK_ADMIN);
    }

    /** Registers the zone and one park of it; returns the park's id. */
    static String zoneWithPark(String zone) {
        ParksApi.registerZone(zone);
        return park(zone, "PARK-1");
    }

    /** Registers another park in a registered zone; returns its id. */
    static String park(String zone, String code) {
        return ParksApi.registerPark(zone, code, "100.5");
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
        return ParksApi.json(body);
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
