package io.zhaoshang.projects.stage;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.zhaoshang.projects.EventTopics;
import io.zhaoshang.projects.project.Projects;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every refused move gets its problem, names its guard, and changes nothing: project, history, outbox. */
@QuarkusTest
class StageBadInputTest {

    private String zone;
    private String id;
    private Map<String, Object> before;
    private long historyBefore;
    private long eventsBefore;

    @BeforeEach
    void aSignedProject() {
        zone = Projects.newZone();
        id = Stages.projectWithLand(zone);
        Stages.move(zone, id, Stages.signing()).statusCode(200);
        remember();
    }

    private void remember() {
        before = project();
        historyBefore = count("select count(*) from stage_change where project_id = ?::uuid", id);
        eventsBefore = count("select count(*) from outbox_event where aggregate_id = ?", id);
    }

    @AfterEach
    void nothingChanged() {
        assertThat(project()).isEqualTo(before);
        assertThat(count("select count(*) from stage_change where project_id = ?::uuid", id)).isEqualTo(historyBefore);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", id)).isEqualTo(eventsBefore);
    }

    private Map<String, Object> project() {
        return rows("select stage, version, stage_since, land_status, agreement_number from project where id = ?::uuid",
                id).get(0);
    }

    private ValidatableResponse move(String body) {
        return Stages.move(zone, id, body).contentType("application/problem+json");
    }

    @Test
    void skipping_a_stage() {
        move(Stages.to("UNDER_CONSTRUCTION")).statusCode(409)
                .body("code", equalTo("stage-transition-not-allowed"))
                .body("guard", equalTo("transition"))
                .body("stage", equalTo("SIGNED"))
                .body("allowed", containsInAnyOrder("APPROVING", "ON_HOLD", "ABANDONED"));
        move(Stages.to("NEGOTIATING")).statusCode(409).body("guard", equalTo("transition"));
    }

    @Test
    void leaving_abandoned() {
        Stages.move(zone, id, """
                {"to": "ABANDONED", "date": "%s", "reason": "企业落户他市"}""".formatted(Stages.TODAY)).statusCode(200);
        remember();
        move(Stages.to("SIGNED")).statusCode(409).body("code", equalTo("stage-transition-not-allowed"))
                .body("allowed", org.hamcrest.Matchers.empty());
        move("{\"to\": \"ON_HOLD\", \"date\": \"%s\", \"reason\": \"再议\"}".formatted(Stages.TODAY)).statusCode(409);
    }

    @Test
    void signing_without_an_agreement_or_dated_in_the_future() {
        String other = Projects.create(zone, "5000000");
        Map<String, Object> otherBefore = rows("select stage, version from project where id = ?::uuid", other).get(0);
        Stages.move(zone, other, Stages.to("SIGNED")).statusCode(422)
                .body("code", equalTo("agreement-required")).body("guard", equalTo("agreement"))
                .body("errors.field", contains("agreement"));
        Stages.move(zone, other, """
                {"to": "SIGNED", "date": "%s", "agreement": {"type": "INVESTMENT", "number": "JNGX-9", "date": "%s",
                 "signedAmount": {"amount": "5000000", "currency": "CNY"}}}""".formatted(Stages.TODAY,
                Stages.TODAY.plusDays(3)))
                .statusCode(422).body("code", equalTo("date-in-future")).body("guard", equalTo("agreement"))
                .body("errors.field", contains("agreement.date"));
        assertThat(rows("select stage, version from project where id = ?::uuid", other).get(0)).isEqualTo(otherBefore);
    }

    @Test
    void a_move_dated_in_the_future_or_before_the_project_existed() {
        move("{\"to\": \"APPROVING\", \"date\": \"%s\"}".formatted(Stages.TODAY.plusDays(1))).statusCode(422)
                .body("code", equalTo("date-in-future")).body("guard", equalTo("date"));
        move("{\"to\": \"APPROVING\", \"date\": \"%s\"}".formatted(Stages.TODAY.minusDays(1))).statusCode(422)
                .body("code", equalTo("date-before-project")).body("guard", equalTo("date"))
                .body("errors.field", contains("date"));
    }

    @Test
    void construction_without_land_and_without_a_waiver() {
        Stages.move(zone, id, Stages.to("APPROVING")).statusCode(200);
        remember();
        move(Stages.to("UNDER_CONSTRUCTION")).statusCode(409)
                .body("code", equalTo("land-not-reserved")).body("guard", equalTo("land"))
                .body("landStatus", equalTo("REQUESTED"));
    }

    @Test
    void a_hold_without_a_reason_and_a_stale_or_missing_if_match() {
        move(Stages.to("ON_HOLD")).statusCode(422).body("code", equalTo("reason-required"))
                .body("guard", equalTo("reason"));
        Projects.member(zone).header("If-Match", "\"0\"").body(Stages.to("APPROVING"))
                .post("/api/v1/projects/{id}/stage-transitions", id).then().statusCode(412)
                .body("code", equalTo("precondition-failed"));
        Projects.member(zone).body(Stages.to("APPROVING"))
                .post("/api/v1/projects/{id}/stage-transitions", id).then().statusCode(428);
    }

    @Test
    void bad_enum_values_and_negative_amounts() {
        move("{\"to\": \"DREAMING\", \"date\": \"%s\"}".formatted(Stages.TODAY)).statusCode(400)
                .body("code", equalTo("invalid-enum-value")).body("errors.field", contains("to"));
        move("{\"to\": \"APPROVING\", \"date\": \"tomorrow\"}").statusCode(400);
        move(Stages.signing().replace("1150000000", "-1")).statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", contains("agreement.signedAmount.amount"));
    }

    @Test
    void problems_speak_chinese_when_asked() {
        Projects.member(zone).header("Accept-Language", "zh-CN").header("If-Match", "\"" + before.get("version") + "\"")
                .body(Stages.to("COMPLETED")).post("/api/v1/projects/{id}/stage-transitions", id).then()
                .statusCode(409)
                .body("title", equalTo("不允许的阶段变更"))
                .body("detail", equalTo("处于 SIGNED 阶段的项目不能变更为 COMPLETED：阶段只能逐级推进，投产前的任一阶段可暂缓后恢复或终止，"
                        + "终止与投产为最终阶段。"));
    }

    @Test
    void unknown_park_team_or_industry_on_creation() {
        long projects = count("select count(*) from project where zone = ?", zone);
        Projects.member(zone).body(Projects.bodyWith("项目", null, """
                {"amount": "5000000", "currency": "CNY"}""", "\"parkId\": \"" + UUID.randomUUID() + "\""))
                .post("/api/v1/projects").then().statusCode(422).body("code", equalTo("unknown-park"))
                .body("errors.field", contains("parkId"));
        String retired = EventTopics.registerPark(zone, null, "PLANNED");
        EventTopics.awaitHandled(EventTopics.send(EventTopics.PARKS, "zhaoshang.park.retired.v1", retired,
                EventTopics.example("zhaoshang.park.retired.v1", data -> data.put("parkId", retired).put("zone", zone))));
        Projects.member(zone).body(Projects.bodyWith("项目", null, """
                {"amount": "5000000", "currency": "CNY"}""", "\"parkId\": \"" + retired + "\""))
                .post("/api/v1/projects").then().statusCode(422).body("code", equalTo("park-not-open"));
        Projects.member(zone).body(Projects.bodyWith("项目", null, """
                {"amount": "5000000", "currency": "CNY"}""", "\"teamShares\": {\"TEAM-A\": 60, \"TEAM-Z\": 40}"))
                .post("/api/v1/projects").then().statusCode(422).body("code", equalTo("unknown-team"))
                .body("errors.field", contains("teamShares.TEAM-Z"));
        Projects.member(zone).body(Projects.bodyWith("项目", null, """
                {"amount": "5000000", "currency": "CNY"}""", "\"teamShares\": {\"TEAM-A\": 60, \"TEAM-B\": 30}"))
                .post("/api/v1/projects").then().statusCode(422).body("code", equalTo("invalid-team-shares"));
        Projects.member(zone).body(Projects.body("项目", null, "5000000").replace("SEI-04.01", "SEI-99.99"))
                .post("/api/v1/projects").then().statusCode(422).body("code", equalTo("unknown-industry"))
                .body("errors.field", contains("industryCode"));
        Projects.as(Projects.newZoneCode(), Projects.TEAM, "team-member").body(Projects.body("项目", null, "5000000"))
                .post("/api/v1/projects").then().statusCode(422).body("code", equalTo("unknown-team"));
        assertThat(count("select count(*) from project where zone = ?", zone)).isEqualTo(projects);
    }
}
