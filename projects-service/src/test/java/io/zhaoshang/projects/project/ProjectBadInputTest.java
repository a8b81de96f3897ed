package io.zhaoshang.projects.project;

import static io.restassured.RestAssured.given;
import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.zhaoshang.platform.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad input on the project API gets its problem response and writes nothing. */
@QuarkusTest
class ProjectBadInputTest {

    private String zone;
    private long projectsBefore;
    private long eventsBefore;

    @BeforeEach
    void remember() {
        zone = Projects.newZone();
        projectsBefore = count("select count(*) from project");
        eventsBefore = count("select count(*) from outbox_event");
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(count("select count(*) from project")).isEqualTo(projectsBefore);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(eventsBefore);
    }

    private ValidatableResponse post(String body) {
        return Projects.member(zone).body(body).post("/api/v1/projects").then()
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/projects"))
                .body("type", startsWith("https://zhaoshang.io/problems/"))
                .body("detail", not(containsString("Exception")));
    }

    private ValidatableResponse postWithInvestment(String totalInvestmentJson) {
        return post(Projects.bodyWith("项目", null, totalInvestmentJson));
    }

    @Test
    void malformed_json() {
        post("{\"name\": \"项目\", ").statusCode(400).body("code", equalTo("malformed-json"));
    }

    @Test
    void wrong_types() {
        post(Projects.body("项目", null, "5000000").replace("\"expectedJobs\": 800", "\"expectedJobs\": \"many\""))
                .statusCode(400).body("code", equalTo("invalid-field-type"))
                .body("errors.field", contains("expectedJobs"));
        post(Projects.body("项目", null, "5000000")
                .replace("\"foreignInvestment\": false", "\"foreignInvestment\": \"yes\""))
                .statusCode(400).body("code", equalTo("invalid-field-type"))
                .body("errors.field", contains("foreignInvestment"));
    }

    @Test
    void missing_fields() {
        post("{}").statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", containsInAnyOrder("name", "companyName", "industryCode", "chainRole",
                        "totalInvestment", "foreignInvestment"));
    }

    @Test
    void an_amount_with_three_decimals() {
        postWithInvestment("""
                {"amount": "120000000.125", "currency": "CNY"}""")
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("totalInvestment.amount"))
                .body("errors.code", contains("Money"))
                .body("errors.message", contains("must have at most 2 decimals"));
    }

    @Test
    void a_negative_amount() {
        postWithInvestment("""
                {"amount": "-1.00", "currency": "CNY"}""")
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("totalInvestment.amount"))
                .body("errors.message", contains("must not be negative"));
    }

    @Test
    void an_unknown_currency() {
        postWithInvestment("""
                {"amount": "1000.00", "currency": "XYZ"}""")
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("totalInvestment.currency"));
    }

    @Test
    void a_foreign_amount_without_its_cny_equivalent() {
        postWithInvestment("""
                {"amount": "1000.00", "currency": "USD"}""")
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("totalInvestment.cnyEquivalent"));
    }

    @Test
    void an_unknown_chain_role() {
        post(Projects.body("项目", null, "5000000").replace("FILL_CHAIN", "BREAK_CHAIN"))
                .statusCode(400).body("code", equalTo("invalid-enum-value"))
                .body("errors.field", contains("chainRole"))
                .body("detail", containsString("BUILD_CHAIN"))
                .body("acceptedValues", hasItem("STRENGTHEN_CHAIN"));
    }

    @Test
    void a_stage_or_tier_is_not_the_clients_to_set() {
        post(Projects.bodyWith("项目", null, """
                {"amount": "5000000", "currency": "CNY"}""", "\"stage\": \"SIGNED\""))
                .statusCode(400).body("code", equalTo("unknown-field")).body("errors.field", contains("stage"));
        post(Projects.bodyWith("项目", null, """
                {"amount": "5000000", "currency": "CNY"}""", "\"tier\": \"MAJOR\""))
                .statusCode(400).body("code", equalTo("unknown-field")).body("errors.field", contains("tier"));
    }

    @Test
    void fields_that_break_their_constraints() {
        post(Projects.body("项目", null, "5000000")
                .replace("91370800ma3c5u1x26", "91370800MA3C5U1X27")
                .replace("\"landMu\": 120.5", "\"landMu\": 0.125")
                .replace("\"expectedJobs\": 800", "\"expectedJobs\": -1"))
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("companyUscc", "expectedJobs", "landMu"))
                .body("errors.code", contains("Uscc", "PositiveOrZero", "Digits"));
        post(Projects.body("项目", null, "5000000").replace("\"landMu\": 120.5", "\"landMu\": 0"))
                .statusCode(400).body("errors.field", contains("landMu")).body("errors.code", contains("DecimalMin"));
    }

    @Test
    void an_administrator_must_name_the_owner_team() {
        Projects.admin(zone).body(Projects.body("项目", null, "5000000")).post("/api/v1/projects")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("owner-team-required"))
                .body("errors.field", contains("ownerTeam"));
    }

    @Test
    void a_bad_stage_or_tier_filter() {
        Projects.member(zone).queryParam("stage", "DREAMING").get("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid-enum-value"))
                .body("errors.field", contains("stage"))
                .body("errors.code", contains("invalid-enum-value"))
                .body("detail", containsString("UNDER_CONSTRUCTION"))
                .body("acceptedValues", hasItem("IN_PRODUCTION"));
        Projects.member(zone).queryParam("tier", "major").get("/api/v1/projects")
                .then().statusCode(400).body("code", equalTo("invalid-enum-value")).body("errors.field", contains("tier"));
    }

    @Test
    void oversized_body() {
        String huge = "高".repeat(200_000);
        post(Projects.body(huge, null, "5000000")).statusCode(413).body("code", equalTo("payload-too-large"));
    }

    @Test
    void wrong_content_type() {
        Projects.member(zone).contentType(ContentType.TEXT).body(Projects.body("项目", null, "5000000"))
                .post("/api/v1/projects")
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("unsupported-media-type"));
    }

    @Test
    void no_token() {
        given().contentType(ContentType.JSON).body(Projects.body("项目", null, "5000000")).post("/api/v1/projects")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("code", equalTo("unauthorized"));
    }

    @Test
    void wrong_role() {
        for (String role : new String[] {Roles.VIEWER, Roles.PARK_ADMIN}) {
            Projects.as(zone, Projects.TEAM, role).body(Projects.body("项目", null, "5000000"))
                    .post("/api/v1/projects")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("code", equalTo("forbidden"));
        }
    }

    @Test
    void problems_speak_chinese_when_asked() {
        Projects.member(zone).header("Accept-Language", "zh-CN").body("{}").post("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("请求无效"))
                .body("detail", equalTo("请求中有 6 个字段无效。"));
        Projects.member(zone).header("Accept-Language", "zh-CN")
                .body(Projects.body("项目", Projects.OTHER_TEAM, "5000000")).post("/api/v1/projects")
                .then().statusCode(403)
                .body("title", equalTo("不是您的队伍"))
                .body("detail", equalTo("您只能为本队伍创建项目，不能为 TEAM-B 创建。"));
    }
}
