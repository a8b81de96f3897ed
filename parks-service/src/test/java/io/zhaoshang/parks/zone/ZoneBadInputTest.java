package io.zhaoshang.parks.zone;

import static io.restassured.RestAssured.given;
import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad input on the zone API gets its problem response and writes nothing. */
@QuarkusTest
class ZoneBadInputTest {

    private String zone;
    private long zonesBefore;
    private long eventsBefore;

    @BeforeEach
    void remember() {
        zone = Zones.newZoneCode();
        zonesBefore = count("select count(*) from zone");
        eventsBefore = count("select count(*) from outbox_event");
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(count("select count(*) from zone")).isEqualTo(zonesBefore);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(eventsBefore);
    }

    private ValidatableResponse post(String body) {
        return Zones.admin(zone).body(body).post("/api/v1/zones").then()
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/zones"))
                .body("type", startsWith("https://zhaoshang.io/problems/"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void malformed_json() {
        post("{\"code\": \"" + zone + "\", ").statusCode(400).body("code", equalTo("malformed-json"));
    }

    @Test
    void wrong_types() {
        post("""
                {"code": "%s", "name": ["not", "a", "name"], "city": "济宁市", "level": "NATIONAL"}
                """.formatted(zone))
                .statusCode(400).body("code", equalTo("invalid-field-type"))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void a_number_for_a_text_field() {
        post("""
                {"code": "%s", "name": 42, "city": "济宁市", "level": "NATIONAL"}
                """.formatted(zone))
                .statusCode(400).body("code", equalTo("invalid-field-type"))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void an_unknown_field() {
        post("""
                {"code": "%s", "name": "x", "city": "济宁市", "level": "NATIONAL", "mayor": "张三"}
                """.formatted(zone))
                .statusCode(400).body("code", equalTo("unknown-field"))
                .body("errors.field", hasItem("mayor"));
    }

    @Test
    void missing_fields() {
        post("{}").statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", containsInAnyOrder("code", "name", "city", "level"));
    }

    @Test
    void a_code_of_the_wrong_form() {
        post(Zones.body("lower case!", "x")).statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("code"));
    }

    @Test
    void unknown_enum_value() {
        post("""
                {"code": "%s", "name": "x", "city": "济宁市", "level": "GALACTIC"}
                """.formatted(zone))
                .statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("detail", containsString("NATIONAL"));
    }

    @Test
    void unknown_time_zone() {
        post("""
                {"code": "%s", "name": "x", "city": "济宁市", "timeZone": "Mars/Olympus", "level": "NATIONAL"}
                """.formatted(zone))
                .statusCode(422).body("code", equalTo("invalid-time-zone"))
                .body("title", equalTo("Unknown time zone"))
                .body("errors[0].field", equalTo("timeZone"))
                .body("errors[0].message", equalTo("is not an IANA time zone"));
    }

    @Test
    void an_offset_is_not_a_time_zone() {
        post("""
                {"code": "%s", "name": "x", "city": "济宁市", "timeZone": "UTC+8", "level": "NATIONAL"}
                """.formatted(zone))
                .statusCode(422).body("code", equalTo("invalid-time-zone"));
    }

    @Test
    void oversized_body() {
        String huge = "高".repeat(200_000);
        post(Zones.body(zone, huge)).statusCode(413).body("code", equalTo("payload-too-large"));
    }

    @Test
    void wrong_content_type() {
        Zones.admin(zone).contentType(ContentType.TEXT).body(Zones.body(zone, "x")).post("/api/v1/zones")
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("unsupported-media-type"));
    }

    @Test
    void no_token() {
        given().contentType(ContentType.JSON).body(Zones.body(zone, "x")).post("/api/v1/zones")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("code", equalTo("unauthorized"));
    }

    @Test
    void a_forged_token() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").contentType(ContentType.JSON)
                .body(Zones.body(zone, "x")).post("/api/v1/zones")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("unauthorized"));
    }

    @Test
    void a_token_without_a_zone() {
        String token = ZhaoshangTestResource.tokens().issue("nowhere-admin", null, null, Roles.ZONE_ADMIN);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Zones.body(zone, "x")).post("/api/v1/zones")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("zone-missing"));
    }

    @Test
    void wrong_role() {
        Zones.as(zone, Roles.VIEWER).body(Zones.body(zone, "x")).post("/api/v1/zones")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
    }

    @Test
    void problems_speak_chinese_when_asked() {
        Zones.admin(zone).header("Accept-Language", "zh-CN").body("{}").post("/api/v1/zones")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("请求无效"))
                .body("detail", equalTo("请求中有 4 个字段无效。"));
        given().header("Accept-Language", "zh-CN").contentType(ContentType.JSON).body(Zones.body(zone, "x"))
                .post("/api/v1/zones")
                .then().statusCode(401).body("title", equalTo("需要身份认证"));
    }
}
