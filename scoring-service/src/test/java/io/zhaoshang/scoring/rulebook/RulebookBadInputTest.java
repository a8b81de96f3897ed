package io.zhaoshang.scoring.rulebook;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.scoring.team.Teams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A rulebook that breaks a rule is refused whole, naming the JSON pointer of what fails, and nothing changes. */
@QuarkusTest
class RulebookBadInputTest {

    private String zone;
    private long rulebooksBefore;
    private long eventsBefore;

    @BeforeEach
    void remember() {
        zone = Teams.newZone();
        rulebooksBefore = count("select count(*) from rulebook");
        eventsBefore = count("select count(*) from outbox_event");
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(count("select count(*) from rulebook")).isEqualTo(rulebooksBefore);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(eventsBefore);
    }

    private ValidatableResponse post(String body) {
        return Teams.admin(zone).body(body).post("/api/v1/rulebooks").then().contentType("application/problem+json");
    }

    @Test
    void a_negative_multiplier() {
        post(RulebookResourceTest.rulebook("2031-01-01", """
                {"PROJECT_SIGNED": {"basePoints": 10, "multipliers": {"FOREIGN_INVESTMENT": -1.5}}}"""))
                .statusCode(422).body("code", equalTo("rulebook-invalid"))
                .body("detail", equalTo("One part of the rulebook breaks its schema (docs/scoring/rulebook.schema.json); "
                        + "nothing was saved."))
                .body("errors.field", contains("/rules/PROJECT_SIGNED/multipliers/FOREIGN_INVESTMENT"))
                .body("errors[0].code", equalTo("schema.exclusiveMinimum"))
                .body("errors[0].message", equalTo("must be greater than 0"));
    }

    @Test
    void an_unknown_fact_kind_and_a_missing_base_in_chinese() {
        Teams.admin(zone).header("Accept-Language", "zh-CN").body(RulebookResourceTest.rulebook("2031-01-01", """
                {"MOON_LANDING": {"basePoints": 100}, "IN_PRODUCTION": {"pointsPer100MillionCny": 1}}"""))
                .post("/api/v1/rulebooks").then().statusCode(422)
                .body("title", equalTo("考核办法无效"))
                .body("detail", equalTo("考核办法有 2 处不符合其结构定义（docs/scoring/rulebook.schema.json），未作任何保存。"))
                .body("errors.field", contains("/rules/IN_PRODUCTION/basePoints", "/rules/MOON_LANDING"))
                .body("errors.message", contains("必填", "此处不认识该项（未知的事实类型、跟进类型、档次、系数或设置）"));
    }

    @Test
    void negative_points_outside_a_penalty_and_a_positive_penalty() {
        post(RulebookResourceTest.rulebook("2031-01-01", """
                {"LEAD_REGISTERED": {"basePoints": -2}, "RED_WARNING": {"basePoints": 5}}"""))
                .statusCode(422)
                .body("errors.field", contains("/rules/LEAD_REGISTERED/basePoints", "/rules/RED_WARNING/basePoints"))
                .body("errors.code", contains("schema.minimum", "schema.exclusiveMaximum"));
    }

    @Test
    void an_effective_date_that_is_no_day_and_missing_parts() {
        post("""
                {"title": "x", "effectiveFrom": "2031-02-30", "rules": {"COLLISION_WON": {"basePoints": "two"}}}""")
                .statusCode(422)
                .body("errors.field", contains("/effectiveFrom", "/rules/COLLISION_WON/basePoints"))
                .body("errors.code", contains("schema.format", "schema.type"));
        post("{}").statusCode(422)
                .body("errors.field", contains("/effectiveFrom", "/rules", "/title"));
    }

    @Test
    void malformed_json_is_a_400() {
        post("{\"title\": \"x\", ").statusCode(400).body("code", equalTo("malformed-json"));
    }

    @Test
    void an_effective_date_inside_a_closed_period() {
        Teams.admin(zone).post("/api/v1/periods/MONTH/2025-03/closure").then().statusCode(201);
        eventsBefore = count("select count(*) from outbox_event");
        post(RulebookResourceTest.rulebook("2025-03-31", RulebookResourceTest.RULES))
                .statusCode(422).body("code", equalTo("rulebook-effective-in-closed-period"))
                .body("detail", equalTo("A rulebook effective from 2025-03-31 would change the closed MONTH period "
                        + "2025-03; closed periods never change. Choose a day after it."))
                .body("errors[0].field", equalTo("/effectiveFrom"));
        post(RulebookResourceTest.rulebook("2025-01-01", RulebookResourceTest.RULES))
                .statusCode(422).body("code", equalTo("rulebook-effective-in-closed-period"));
    }

    @Test
    void only_an_administrator_publishes() {
        Teams.as(zone, Roles.TEAM_LEAD).body(RulebookResourceTest.rulebook("2031-01-01", RulebookResourceTest.RULES))
                .post("/api/v1/rulebooks").then().statusCode(403).body("code", equalTo("forbidden"));
    }
}
