package io.zhaoshang.projects.warning;

import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.projects.EventTopics;
import io.zhaoshang.projects.MovableClock;
import io.zhaoshang.projects.ProjectsTestStack;
import io.zhaoshang.projects.project.Projects;
import io.zhaoshang.projects.stage.Stages;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Warnings raised and resolved by the warning check as days pass, and at once when parks rejects the land. */
@QuarkusTest
class WarningTest {

    private static final String RAISED = "zhaoshang.project.warning-raised.v1";
    private static final String RESOLVED = "zhaoshang.project.warning-resolved.v1";

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;

    @Inject
    MovableClock clock;

    @Inject
    WarningCheck check;

    @BeforeEach
    void openProbe() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ProjectsTestStack.TOPIC);
    }

    @AfterEach
    void closeProbeAndResetClock() {
        topic.close();
        clock.reset();
    }

    /** A MAJOR project with a land need that entered APPROVING today: XY-01 is due in 5 days, XY-02 in 7, XY-03 in 10. */
    private static String approvingProject(String zone) {
        String id = Stages.projectWithLand(zone);
        Stages.move(zone, id, Stages.signing()).statusCode(200);
        Stages.move(zone, id, Stages.to("APPROVING")).statusCode(200);
        return id;
    }

    private static List<Map<String, Object>> open(String id) {
        return rows("select subject, level, kind from warning where project_id = ?::uuid and resolved_at is null "
                + "order by subject", id);
    }

    @Test
    void an_overdue_milestone_is_yellow_then_red_and_resolved_when_done() throws Exception {
        String zone = Projects.newZone();
        String id = approvingProject(zone);
        check.checkAll();
        assertThat(open(id)).isEmpty();

        clock.moveForward(Duration.ofDays(6));
        check.checkAll();
        assertThat(open(id)).containsExactly(Map.of("subject", "XY-01", "level", "YELLOW", "kind", "MILESTONE_OVERDUE"));

        clock.moveForward(Duration.ofDays(7)); // 13 days on: XY-01 8 days late, XY-02 6, XY-03 3 (and others)
        check.checkAll();
        List<Map<String, Object>> open = open(id);
        assertThat(open).contains(
                Map.of("subject", "XY-01", "level", "RED", "kind", "MILESTONE_OVERDUE"),
                Map.of("subject", "XY-02", "level", "YELLOW", "kind", "MILESTONE_OVERDUE"),
                Map.of("subject", "XY-03", "level", "YELLOW", "kind", "MILESTONE_OVERDUE"))
                .doesNotContain(Map.of("subject", "XY-01", "level", "YELLOW", "kind", "MILESTONE_OVERDUE"));
        long all = (Long) rows("select count(*) n from warning where project_id = ?::uuid", id).get(0).get("n");
        assertThat(all).isEqualTo(open.size() + 1); // the YELLOW XY-01, resolved
        check.checkAll(); // a second check (another replica's) changes nothing
        assertThat(rows("select count(*) n from warning where project_id = ?::uuid", id).get(0).get("n"))
                .isEqualTo(all);

        Projects.member(zone).queryParam("level", "RED").queryParam("status", "OPEN").get("/api/v1/warnings").then()
                .statusCode(200).body("items.projectId", containsInAnyOrder(id))
                .body("items[0].subject", equalTo("XY-01")).body("items[0].code", equalTo(projectCode(zone, id)));
        Projects.as(zone, null, Roles.VIEWER).queryParam("team", Projects.TEAM).queryParam("kind", "MILESTONE_OVERDUE")
                .get("/api/v1/warnings").then().statusCode(200).body("items", hasSize((int) all));
        Projects.as(zone, Projects.OTHER_TEAM, Roles.TEAM_MEMBER).get("/api/v1/warnings").then().statusCode(200)
                .body("items", hasSize(0));
        Projects.member(zone).queryParam("level", "ORANGE").get("/api/v1/warnings").then().statusCode(400)
                .body("code", equalTo("invalid-enum-value"));

        // XY-01 done: its warning resolves at the next check
        Map<String, Object> xy01 = Projects.member(zone).get("/api/v1/projects/{id}/milestones", id).then()
                .extract().path("items.find { it.key == 'XY-01' }");
        Projects.member(zone).header("If-Match", "\"" + xy01.get("version") + "\"")
                .body("{\"status\": \"DONE\", \"date\": \"%s\"}".formatted(Stages.TODAY))
                .post("/api/v1/projects/{id}/milestones/{mid}/progress", id, xy01.get("id")).then().statusCode(200);
        check.checkAll();
        assertThat(open(id)).extracting(warning -> warning.get("subject")).contains("XY-02", "XY-03")
                .doesNotContain("XY-01");
        Projects.member(zone).get("/api/v1/projects/{id}/warnings", id).then().statusCode(200)
                .body("items", hasSize((int) all)).body("items.projectId", everyItem(equalTo(id)));

        List<ConsumerRecord<String, String>> raised = topic.awaitRecords(
                r -> id.equals(r.key()) && RAISED.equals(header(r, "ce_type")), 4, Duration.ofSeconds(30));
        raised.forEach(record -> EventContract.assertValid(RAISED, record.value()));
        JsonNode first = json.readTree(raised.get(0).value());
        assertThat(first.get("level").asText()).isEqualTo("YELLOW");
        assertThat(first.get("subject").asText()).isEqualTo("XY-01");
        assertThat(first.get("ownerTeam").asText()).isEqualTo(Projects.TEAM);
        assertThat(first.get("zone").asText()).isEqualTo(zone);
        List<ConsumerRecord<String, String>> resolved = topic.awaitRecords(
                r -> id.equals(r.key()) && RESOLVED.equals(header(r, "ce_type")), 2, Duration.ofSeconds(30));
        resolved.forEach(record -> EventContract.assertValid(RESOLVED, record.value()));
        assertThat(resolved).extracting(record -> json.readTree(record.value()).get("level").asText())
                .containsExactly("YELLOW", "RED");
    }

    @Test
    void land_rejected_by_parks_is_warned_at_once() throws Exception {
        String zone = Projects.newZone();
        String id = approvingProject(zone);
        String requestEventId = (String) rows("select land_request_event_id::text request from project "
                + "where id = ?::uuid", id).get(0).get("request");

        String rejection = UUID.randomUUID().toString();
        EventTopics.awaitHandled(EventTopics.send(EventTopics.PARKS, "zhaoshang.land.reservation-rejected.v1",
                rejection, EventTopics.example("zhaoshang.land.reservation-rejected.v1", data -> data
                        .put("reservationId", rejection).put("projectId", id).put("zone", zone)
                        .put("requestEventId", requestEventId))));

        assertThat(open(id)).containsExactly(Map.of("subject", "land", "level", "YELLOW", "kind", "LAND_REJECTED"));
        ConsumerRecord<String, String> raised = topic.awaitRecords(
                r -> id.equals(r.key()) && RAISED.equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid(RAISED, raised.value());
        assertThat(json.readTree(raised.value()).get("kind").asText()).isEqualTo("LAND_REJECTED");
        check.checkAll(); // the check agrees: nothing more
        assertThat(open(id)).hasSize(1);
    }

    private static String projectCode(String zone, String id) {
        return Projects.member(zone).get("/api/v1/projects/{id}", id).then().extract().path("code");
    }
}
