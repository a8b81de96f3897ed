package io.zhaoshang.parks;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The callers and the first steps every parks test takes: a zone of its own, a park in it. */
public final class ParksApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParksApi() {
    }

    /** A zone code no other test uses, starting with the prefix (which tells whose zone it is). */
    public static String newZoneCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A caller of the zone with one role; subject {@code <role>-of-<zone>}. */
    public static RequestSpecification as(String zone, String role) {
        String token = ZhaoshangTestResource.tokens().issue(role + "-of-" + zone, zone, null, role);
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification admin(String zone) {
        return as(zone, Roles.PARK_ADMIN);
    }

    /** Registers the zone, as its zone administrator does before its parks; returns its id. */
    public static String registerZone(String zone) {
        return as(zone, Roles.ZONE_ADMIN).body("""
                {"code": "%s", "name": "济宁高新技术产业开发区", "city": "济宁市", "level": "NATIONAL"}
                """.formatted(zone)).post("/api/v1/zones")
                .then().statusCode(201).extract().path("id");
    }

    /** Registers an ACTIVE specialized park leading in 生物医药 in a registered zone; returns its id. */
    public static String registerPark(String zone, String code, String areaMu) {
        Map<String, Object> park = Map.of("code", code, "name", "园区 " + code, "kind", "SPECIALIZED_PARK",
                "status", "ACTIVE", "areaMu", new BigDecimal(areaMu), "leadingIndustries", List.of("SEI-04.01"));
        return admin(zone).body(json(park)).post("/api/v1/parks").then().statusCode(201).extract().path("id");
    }

    public static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
