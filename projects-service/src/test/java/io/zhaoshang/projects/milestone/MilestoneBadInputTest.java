package io.zhaoshang.projects.milestone;

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

/** Every refused progress report gets a clear problem and changes nothing: milestones and outbox. */
@QuarkusTest
class MilestoneBadInputTest {

    private String zone;
    private String id;
    private List<Map<String, Object>> before;
    private long eventsBefore;

    @BeforeEach
    void anApprovingProject() {
        zone = Projects.newZone();
        id = Milestones.approvingProject(zone);
        Milestones.progress(zone, id, "XY-01", Milestones.status("DONE")).statusCode(200);
        before = milestones();
        eventsBefore = count("select count(*) from outbox_event where aggregate_id = ?", id);
    }

    @AfterEach
    void nothingChanged() {
        assertThat(milestones()).isEqualTo(before);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", id)).isEqualTo(eventsBefore);
    }

    private List<Map<String, Object>> milestones() {
        return rows("select step_key, status, version, started_on, completed_on, documents_due_on, blocked_reason, note "
                + "from milestone where project_id = ?::uuid order by position", id);
    }

    @Test
    void completing_or_starting_a_milestone_whose_predecessors_are_open() {
        Milestones.progress(zone, id, "XY-04", Milestones.status("DONE")).statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("milestone-predecessors-open"))
                .body("open", contains("XY-02", "XY-03"));
        Milestones.progress(zone, id, "SG-09", Milestones.status("IN_PROGRESS")).statusCode(409)
                .body("code", equalTo("milestone-predecessors-open"));
        Milestones.progress(zone, id, "XY-04", """
                {"status": "WAIVED_PENDING_DOCS", "date": "%s", "documentsDueOn": "%s"}"""
                .formatted(Stages.TODAY, Stages.TODAY.plusDays(5))).statusCode(409);
    }

    @Test
    void a_waiver_without_a_documents_deadline_is_refused_in_chinese_too() {
        Map<String, Object> milestone = Milestones.byKey(zone, id, "XY-02");
        Projects.member(zone).header("Accept-Language", "zh-CN")
                .header("If-Match", "\"" + milestone.get("version") + "\"")
                .body(Milestones.status("WAIVED_PENDING_DOCS"))
                .post("/api/v1/projects/{id}/milestones/{mid}/progress", id, milestone.get("id")).then()
                .statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("documents-due-required"))
                .body("title", equalTo("需要补交材料期限"))
                .body("errors.field", contains("documentsDueOn"));
        Milestones.progress(zone, id, "XY-02", """
                {"status": "WAIVED_PENDING_DOCS", "date": "%s", "documentsDueOn": "%s"}"""
                .formatted(Stages.TODAY, Stages.TODAY.minusDays(1))).statusCode(422)
                .body("code", equalTo("documents-due-before-date"));
        Milestones.progress(zone, id, "XY-02", """
                {"status": "DONE", "date": "%s", "documentsDueOn": "%s"}"""
                .formatted(Stages.TODAY, Stages.TODAY.plusDays(1))).statusCode(422)
                .body("code", equalTo("documents-due-not-expected"));
    }

    @Test
    void done_is_final_and_a_block_needs_its_reason() {
        Milestones.progress(zone, id, "XY-01", Milestones.status("IN_PROGRESS")).statusCode(409)
                .body("code", equalTo("milestone-status-not-allowed")).body("status", equalTo(409)).body("milestoneStatus", equalTo("DONE"));
        Milestones.progress(zone, id, "XY-02", Milestones.status("BLOCKED")).statusCode(422)
                .body("code", equalTo("milestone-reason-required"));
    }

    @Test
    void dates_in_the_future_or_before_the_project() {
        Milestones.progress(zone, id, "XY-02", "{\"status\": \"DONE\", \"date\": \"%s\"}"
                .formatted(Stages.TODAY.plusDays(1))).statusCode(422).body("code", equalTo("date-in-future"));
        Milestones.progress(zone, id, "XY-02", "{\"status\": \"DONE\", \"date\": \"%s\"}"
                .formatted(Stages.TODAY.minusDays(1))).statusCode(422).body("code", equalTo("date-before-project"));
    }

    @Test
    void a_stale_or_missing_if_match_an_unknown_status_and_an_unknown_milestone() {
        Map<String, Object> milestone = Milestones.byKey(zone, id, "XY-02");
        String path = "/api/v1/projects/{id}/milestones/{mid}/progress";
        Projects.member(zone).header("If-Match", "\"7\"").body(Milestones.status("DONE"))
                .post(path, id, milestone.get("id")).then().statusCode(412).body("code", equalTo("precondition-failed"));
        Projects.member(zone).body(Milestones.status("DONE"))
                .post(path, id, milestone.get("id")).then().statusCode(428);
        Projects.member(zone).header("If-Match", "\"0\"").body(Milestones.status("FINISHED"))
                .post(path, id, milestone.get("id")).then().statusCode(400).body("code", equalTo("invalid-enum-value"));
        Projects.member(zone).header("If-Match", "\"0\"").body(Milestones.status("DONE"))
                .post(path, id, UUID.randomUUID()).then().statusCode(404);
        Projects.as(zone, Projects.OTHER_TEAM, "team-member").header("If-Match", "\"0\"")
                .body(Milestones.status("DONE")).post(path, id, milestone.get("id")).then().statusCode(404);
    }
}
