package io.zhaoshang.projects.capital;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.projects.project.Projects;
import io.zhaoshang.projects.stage.Stages;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every refused capital report gets a clear problem and changes nothing: instalments, project, outbox. */
@QuarkusTest
class CapitalBadInputTest {

    private String zone;
    private String id;
    private List<Map<String, Object>> before;
    private long eventsBefore;

    @BeforeEach
    void aSignedProjectWithOneInstalment() {
        zone = Projects.newZone();
        id = Capital.signedProject(zone);
        Capital.report(zone, id, Capital.cny("3000000000", Stages.TODAY)).statusCode(201);
        before = state();
        eventsBefore = count("select count(*) from outbox_event where aggregate_id = ?", id);
    }

    @AfterEach
    void nothingChanged() {
        assertThat(state()).isEqualTo(before);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", id)).isEqualTo(eventsBefore);
    }

    private List<Map<String, Object>> state() {
        return rows("""
                select p.version, p.capital_arrived_cny, (select count(*) from capital_arrival c where c.project_id = p.id)
                as instalments from project p where p.id = ?::uuid""", id);
    }

    @Test
    void a_negative_or_zero_amount() {
        Capital.report(zone, id, Capital.cny("-5", Stages.TODAY)).statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("validation-failed"));
        Capital.report(zone, id, Capital.cny("0", Stages.TODAY)).statusCode(422)
                .body("code", equalTo("capital-amount-not-positive"))
                .body("errors.field", contains("amount.amount"));
    }

    @Test
    void capital_past_three_times_the_signed_amount_without_an_override_is_refused_in_chinese_too() {
        Projects.member(zone).header("Accept-Language", "zh-CN").body(Capital.cny("450000000.01", Stages.TODAY))
                .post("/api/v1/projects/{id}/capital-arrivals", id).then()
                .statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("capital-exceeds-signed"))
                .body("title", equalTo("到资超过签约金额"))
                .body("detail", equalTo("本次到资后累计到资将达 3450000000.01 元，超过上限 3450000000.00 元（签约金额 "
                        + "1150000000.00 元的 3 倍）。如确属实，请设置 override: true 并说明原因（overrideReason）。"))
                .body("limitCny", equalTo(Capital.LIMIT))
                .body("arrivedTotalCny", equalTo("3000000000.00"));
        Capital.report(zone, id, """
                {"date": "%s", "amount": {"amount": "500000000", "currency": "CNY"}, "source": "追加投资",
                 "override": true}""".formatted(Stages.TODAY)).statusCode(422)
                .body("code", equalTo("override-reason-required")).body("errors.field", contains("overrideReason"));
        Capital.report(zone, id, """
                {"date": "%s", "amount": {"amount": "5", "currency": "CNY"}, "source": "追加投资",
                 "overrideReason": "追加投资"}""".formatted(Stages.TODAY)).statusCode(422)
                .body("code", equalTo("override-reason-not-expected"));
    }

    @Test
    void dates_in_the_future_or_before_the_project_and_a_missing_source() {
        Capital.report(zone, id, Capital.cny("5", Stages.TODAY.plusDays(1))).statusCode(422)
                .body("code", equalTo("date-in-future")).body("errors.field", contains("date"));
        Capital.report(zone, id, Capital.cny("5", Stages.TODAY.minusDays(1))).statusCode(422)
                .body("code", equalTo("date-before-project"));
        Capital.report(zone, id, """
                {"date": "%s", "amount": {"amount": "5", "currency": "CNY"}}""".formatted(Stages.TODAY))
                .statusCode(400).body("code", equalTo("validation-failed"));
    }

    @Test
    void a_project_not_yet_signed_or_not_the_callers() {
        String negotiating = Projects.create(zone, "1200000000");
        Capital.report(zone, negotiating, Capital.cny("5", Stages.TODAY)).statusCode(409)
                .body("code", equalTo("capital-before-signing")).body("stage", equalTo("NEGOTIATING"));
        assertThat(count("select count(*) from capital_arrival where project_id = ?::uuid", negotiating)).isZero();
        Projects.as(zone, Projects.OTHER_TEAM, "team-member").body(Capital.cny("5", Stages.TODAY))
                .post("/api/v1/projects/{id}/capital-arrivals", id).then().statusCode(404);
        Capital.report(zone, UUID.randomUUID().toString(), Capital.cny("5", Stages.TODAY)).statusCode(404);
        Projects.as(zone, null, "viewer").body(Capital.cny("5", Stages.TODAY))
                .post("/api/v1/projects/{id}/capital-arrivals", id).then().statusCode(403);
    }
}
