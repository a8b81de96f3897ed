package io.zhaoshang.projects.milestone;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.projects.ProjectsTestStack;
import io.zhaoshang.projects.project.Projects;
import io.zhaoshang.projects.stage.Stages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Milestones planned on entering APPROVING, progressed side by side or in order, and gating construction. */
@QuarkusTest
class MilestoneTest {

    private static final String COMPLETED = "zhaoshang.project.milestone-completed.v1";

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;

    @BeforeEach
    void openProbe() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ProjectsTestStack.TOPIC);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void a_major_project_entering_approving_gets_the_start_of_construction_steps_due_from_that_day() {
        String zone = Projects.newZone();
        String id = Stages.projectWithLand(zone);
        Stages.move(zone, id, Stages.signing()).statusCode(200);
        assertThat(Milestones.list(zone, id)).isEmpty();

        Stages.move(zone, id, Stages.to("APPROVING")).statusCode(200);

        List<Map<String, Object>> milestones = Milestones.list(zone, id);
        assertThat(milestones).hasSizeGreaterThanOrEqualTo(40)
                .allSatisfy(milestone -> assertThat(milestone).containsEntry("status", "PENDING")
                        .containsEntry("templateCode", "START-OF-CONSTRUCTION").containsEntry("templateVersion", 1));
        assertThat(milestones).extracting(milestone -> milestone.get("phase")).contains("协议", "规划", "土地", "征收",
                "排迁", "供地", "施工许可");
        Map<String, Object> eia = Milestones.byKey(zone, id, "GH-04");
        assertThat(eia).containsEntry("name", "环境影响评价审批").containsEntry("department", "生态环境局")
                .containsEntry("gates", "UNDER_CONSTRUCTION").containsEntry("parallelGroup", "前期评估并联")
                .containsEntry("predecessors", List.of("XY-04"))
                .containsEntry("dueOn", Stages.TODAY.plusDays(30).toString());
        // leaving and re-entering APPROVING keeps the milestones the project has
        Stages.move(zone, id, "{\"to\": \"ON_HOLD\", \"date\": \"%s\", \"reason\": \"暂缓\"}".formatted(Stages.TODAY))
                .statusCode(200);
        Stages.move(zone, id, Stages.to("APPROVING")).statusCode(200);
        assertThat(count("select count(*) from milestone where project_id = ?::uuid", id))
                .isEqualTo(milestones.size());
    }

    @Test
    void a_regular_project_gets_the_short_list_and_the_templates_are_loaded_once() {
        String zone = Projects.newZone();
        String parkId = io.zhaoshang.projects.EventTopics.registerPark(zone, null, "ACTIVE");
        String id = Projects.member(zone).body(Projects.bodyWith("小型配套项目", null, """
                {"amount": "30000000", "currency": "CNY"}""", "\"parkId\": \"" + parkId + "\""))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
        Stages.move(zone, id, Stages.signing()).statusCode(200);
        Stages.move(zone, id, Stages.to("APPROVING")).statusCode(200);

        assertThat(Milestones.list(zone, id)).hasSizeBetween(5, 12)
                .allSatisfy(milestone -> assertThat(milestone).containsEntry("templateCode", "SMALL-PROJECT"));
        assertThat(count("select count(*) from milestone_template where code = 'START-OF-CONSTRUCTION'")).isEqualTo(1);
    }

    @Test
    void parallel_steps_go_side_by_side_a_waiver_counts_and_construction_waits_for_every_gating_step() throws Exception {
        String zone = Projects.newZone();
        String id = Milestones.approvingProject(zone);
        Milestones.progress(zone, id, "XY-01", Milestones.status("DONE")).statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("DONE"))
                .body("completedOn", equalTo(Stages.TODAY.toString()));
        Milestones.progress(zone, id, "XY-02", Milestones.status("DONE")).statusCode(200);
        Milestones.progress(zone, id, "XY-03", """
                {"status": "WAIVED_PENDING_DOCS", "date": "%s", "documentsDueOn": "%s", "note": "营业执照容缺受理"}"""
                .formatted(Stages.TODAY, Stages.TODAY.plusDays(20))).statusCode(200)
                .body("status", equalTo("WAIVED_PENDING_DOCS"))
                .body("documentsDueOn", equalTo(Stages.TODAY.plusDays(20).toString()));
        // XY-04 waits for XY-02 and XY-03; one done, one waived: it may go on
        Milestones.progress(zone, id, "XY-04", Milestones.status("DONE")).statusCode(200);
        // the assessments of one parallel group start together
        for (String key : List.of("GH-03", "GH-04", "GH-05")) {
            Milestones.progress(zone, id, key, Milestones.status("IN_PROGRESS")).statusCode(200)
                    .body("startedOn", equalTo(Stages.TODAY.toString()));
        }

        Stages.move(zone, id, """
                {"to": "UNDER_CONSTRUCTION", "date": "%s", "landWaiver": {"reason": "利用企业自有存量用地"}}"""
                .formatted(Stages.TODAY)).statusCode(409)
                .body("code", equalTo("milestones-open")).body("guard", equalTo("milestones"))
                .body("open", hasItems("GH-03", "GH-04"))
                .body("openCount", equalTo((int) Milestones.list(zone, id).stream()
                        .filter(milestone -> "UNDER_CONSTRUCTION".equals(milestone.get("gates"))).count() - 4));
        assertThat(count("select count(*) from project where id = ?::uuid and stage = 'APPROVING'", id)).isEqualTo(1);

        Stages.passMilestones(zone, id, "UNDER_CONSTRUCTION");
        Stages.move(zone, id, """
                {"to": "UNDER_CONSTRUCTION", "date": "%s", "landWaiver": {"reason": "利用企业自有存量用地"}}"""
                .formatted(Stages.TODAY)).statusCode(200).body("stage", equalTo("UNDER_CONSTRUCTION"));
        assertThat(Milestones.byKey(zone, id, "XY-03")).containsEntry("status", "WAIVED_PENDING_DOCS");

        List<ConsumerRecord<String, String>> completed = topic.awaitRecords(
                r -> id.equals(r.key()) && COMPLETED.equals(header(r, "ce_type")), 3, Duration.ofSeconds(30));
        completed.forEach(record -> EventContract.assertValid(COMPLETED, record.value()));
        JsonNode waived = completed.stream().map(record -> readTree(record.value()))
                .filter(data -> "XY-03".equals(data.get("key").asText())).findFirst().orElseThrow();
        assertThat(waived.get("status").asText()).isEqualTo("WAIVED_PENDING_DOCS");
        assertThat(waived.get("documentsDueOn").asText()).isEqualTo(Stages.TODAY.plusDays(20).toString());
        assertThat(waived.get("projectId").asText()).isEqualTo(id);
        assertThat(waived.get("zone").asText()).isEqualTo(zone);
        assertThat(waived.get("ownerTeam").asText()).isEqualTo(Projects.TEAM);
        assertThat(waived.get("department").asText()).isEqualTo("市场监督管理局");
        assertThat(waived.get("gates").asText()).isEqualTo("UNDER_CONSTRUCTION");
    }

    private JsonNode readTree(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
