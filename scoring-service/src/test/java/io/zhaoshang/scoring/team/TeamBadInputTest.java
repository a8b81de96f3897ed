package io.zhaoshang.scoring.team;

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

/** Every kind of bad input on the team API gets its problem response and writes nothing. */
@QuarkusTest
class TeamBadInputTest {

    private String zone;
    private long teamsBefore;
    private long eventsBefore;

    @BeforeEach
    void remember() {
        zone = Teams.newZone();
        teamsBefore = count("select count(*) from team");
        eventsBefore = count("select count(*) from outbox_event");
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(count("select count(*) from team")).isEqualTo(teamsBefore);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(eventsBefore);
    }

    private ValidatableResponse post(String body) {
        return Teams.admin(zone).body(body).post("/api/v1/teams").then()
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/teams"))
                .body("type", startsWith("https://zhaoshang.io/problems/"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void malformed_json() {
        post("{\"code\": \"GOV-1\", ").statusCode(400).body("code", equalTo("malformed-json"));
    }

    @Test
    void wrong_types() {
        post("""
                {"code": "GOV-1", "name": 42, "kind": "GOVERNMENT_SQUAD"}
                """)
                .statusCode(400).body("code", equalTo("invalid-field-type"))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void missing_fields() {
        post("{}").statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", containsInAnyOrder("code", "name", "kind"));
    }

    @Test
    void a_code_of_the_wrong_form() {
        post(Teams.body("gov 1!", "x")).statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("code"));
    }

    @Test
    void a_status_is_not_the_requesters_to_set() {
        post("""
                {"code": "GOV-1", "name": "x", "kind": "GOVERNMENT_SQUAD", "status": "ELIMINATED"}
                """)
                .statusCode(400).body("code", equalTo("unknown-field"))
                .body("errors.field", hasItem("status"));
    }

    @Test
    void unknown_kind() {
        post(Teams.body("GOV-1", "x", "SPACE_FORCE"))
                .statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("detail", containsString("PARK_TEAM"));
    }

    @Test
    void a_bad_list_filter() {
        Teams.as(zone, Roles.VIEWER).queryParam("kind", "SPACE_FORCE").get("/api/v1/teams")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid-enum-value"))
                .body("acceptedValues", hasItem("RESIDENT_OFFICE"))
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].code", equalTo("invalid-enum-value"));
        Teams.as(zone, Roles.VIEWER).queryParam("status", "active").get("/api/v1/teams")
                .then().statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("detail", equalTo("The field status must be one of: ACTIVE, WARNED, ELIMINATION_PROPOSED, "
                        + "ELIMINATED, DISBANDED."));
    }

    @Test
    void oversized_body() {
        String huge = "队".repeat(200_000);
        post(Teams.body("GOV-1", huge)).statusCode(413).body("code", equalTo("payload-too-large"));
    }

    @Test
    void wrong_content_type() {
        Teams.admin(zone).contentType(ContentType.TEXT).body(Teams.body("GOV-1", "x")).post("/api/v1/teams")
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("unsupported-media-type"));
    }

    @Test
    void no_token() {
        given().contentType(ContentType.JSON).body(Teams.body("GOV-1", "x")).post("/api/v1/teams")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("code", equalTo("unauthorized"));
    }

    @Test
    void a_team_lead_cannot_register_a_team() {
        Teams.as(zone, Roles.TEAM_LEAD).body(Teams.body("GOV-1", "x")).post("/api/v1/teams")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
    }

    @Test
    void a_token_without_a_zone_reaches_nothing() {
        given().auth().oauth2(ZhaoshangTestResource.tokens().issue("admin-of-nowhere", "", null, Roles.ZONE_ADMIN))
                .contentType(ContentType.JSON).body(Teams.body("GOV-1", "x")).post("/api/v1/teams")
                .then().statusCode(403).body("code", equalTo("zone-missing"));
    }

    @Test
    void problems_speak_chinese_when_asked() {
        Teams.admin(zone).header("Accept-Language", "zh-CN").body("{}").post("/api/v1/teams")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("请求无效"))
                .body("detail", equalTo("请求中有 3 个字段无效。"));
        Teams.as(zone, Roles.VIEWER).header("Accept-Language", "zh-CN").queryParam("kind", "X").get("/api/v1/teams")
                .then().statusCode(400)
                .body("title", equalTo("未知的取值"))
                .body("errors[0].message", startsWith("必须是以下之一："));
        given().header("Accept-Language", "zh-CN").contentType(ContentType.JSON).body(Teams.body("GOV-1", "x"))
                .post("/api/v1/teams")
                .then().statusCode(401).body("title", equalTo("需要身份认证"));
    }
}
