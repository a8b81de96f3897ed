package io.zhaoshang.projects.warning;

import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.projects.EventTopics;
import io.zhaoshang.projects.MovableClock;
import io.zhaoshang.projects.ProjectsTestStack;
import io.zhaoshang.projects.project.Projects;
import io.zhaoshang.projects.stage.Stages;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No progress and the three not-yets (三未), raised by the warning check as days pass and resolved at once by the
 * change that ends them; a held project is not warned.
 */
@QuarkusTest
class ProjectWarningsTest {

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

    /** A REGULAR project (the short milestone template) needing land in a park, planned to be completed then. */
    private static String regularProject(String zone, LocalDate plannedCompletion) {
        String parkId = EventTopics.registerPark(zone, null, "ACTIVE");
        return Projects.member(zone).body(Projects.bodyWith("年产5000吨精密铸件项目", null, """
                {"amount": "60000000", "currency": "CNY"}""", "\"parkId\": \"" + parkId + "\"",
                "\"plannedCompletionDate\": \"" + plannedCompletion + "\""))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }

    private static List<String> openProjectWarnings(String id) {
        return rows("select kind, level from warning where project_id = ?::uuid and subject = 'project' "
                + "and resolved_at is null order by kind", id).stream()
                .map(row -> row.get("kind") + " " + row.get("level")).toList();
    }

    private static long warnings(String id, String kind) {
        return (Long) rows("select count(*) n from warning where project_id = ?::uuid and kind = ?", id, kind)
                .get(0).get("n");
    }

    private static String move(String stage, LocalDate date) {
        return "{\"to\": \"%s\", \"date\": \"%s\"}".formatted(stage, date);
    }

    /** Waits for a warning event of the project of that kind and checks it against the contract. */
    private JsonNode event(String type, String id, String kind) {
        ConsumerRecord<String, String> record = topic.awaitRecords(r -> id.equals(r.key())
                && type.equals(header(r, "ce_type")) && kind.equals(read(r.value()).get("kind").asText()), 1,
                Duration.ofSeconds(30)).get(0);
        EventContract.assertValid(type, record.value());
        return read(record.value());
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void no_progress_for_30_days_is_raised_once_and_resolved_by_the_next_step() {
        String zone = Projects.newZone();
        String id = Projects.create(zone, "60000000");
        clock.moveForward(Duration.ofDays(29));
        check.checkAll();
        assertThat(openProjectWarnings(id)).isEmpty();

        clock.moveForward(Duration.ofDays(1));
        check.checkAll();
        check.checkAll(); // a second check (another replica's) raises nothing more
        assertThat(openProjectWarnings(id)).containsExactly("NO_PROGRESS YELLOW");
        assertThat(warnings(id, "NO_PROGRESS")).isEqualTo(1);
        JsonNode raised = event(RAISED, id, "NO_PROGRESS");
        assertThat(raised.get("level").asText()).isEqualTo("YELLOW");
        assertThat(raised.get("subject").asText()).isEqualTo("project");
        assertThat(raised.get("reason").asText()).startsWith("项目已 30 天无进展");

        Stages.move(zone, id, Stages.signing()).statusCode(200); // signing is progress: resolved at once
        assertThat(openProjectWarnings(id)).isEmpty();
        assertThat(event(RESOLVED, id, "NO_PROGRESS").get("warningId")).isEqualTo(raised.get("warningId"));
    }

    @Test
    void signed_not_started_resolves_on_the_start_and_started_no_milestone_on_a_milestone_passed() {
        String zone = Projects.newZone();
        LocalDate today = Stages.TODAY;
        String id = regularProject(zone, today.plusDays(120));
        Stages.move(zone, id, Stages.signing()).statusCode(200);
        Stages.move(zone, id, Stages.to("APPROVING")).statusCode(200);

        clock.moveForward(Duration.ofDays(90));
        LocalDate start = today.plusDays(90);
        check.checkAll();
        assertThat(openProjectWarnings(id)).containsExactly("NO_PROGRESS RED", "SIGNED_NOT_STARTED YELLOW");
        Stages.passMilestones(zone, id, "UNDER_CONSTRUCTION", start);
        assertThat(openProjectWarnings(id)).containsExactly("SIGNED_NOT_STARTED YELLOW");
        Stages.move(zone, id, """
                {"to": "UNDER_CONSTRUCTION", "date": "%s", "landWaiver": {"reason": "利用企业自有存量用地"}}"""
                .formatted(start)).statusCode(200);
        assertThat(openProjectWarnings(id)).isEmpty();
        event(RESOLVED, id, "SIGNED_NOT_STARTED");

        clock.moveForward(Duration.ofDays(59)); // 59 days after the start, 29 past the planned completion
        check.checkAll();
        assertThat(openProjectWarnings(id)).containsExactly("NO_PROGRESS YELLOW", "PAST_PLANNED_COMPLETION YELLOW");
        clock.moveForward(Duration.ofDays(1)); // 60 days under construction: now without a milestone passed
        LocalDate later = start.plusDays(60);
        check.checkAll();
        assertThat(openProjectWarnings(id)).containsExactly("NO_PROGRESS RED", "PAST_PLANNED_COMPLETION YELLOW",
                "STARTED_NO_MILESTONE YELLOW");
        assertThat(event(RAISED, id, "STARTED_NO_MILESTONE").get("reason").asText())
                .isEqualTo("项目于 %s 开工，60 天来没有办结任何关键环节".formatted(start));
        assertThat(event(RAISED, id, "PAST_PLANNED_COMPLETION").get("level").asText()).isEqualTo("YELLOW");

        Stages.passMilestones(zone, id, "COMPLETED", later); // the acceptance passed: building goes on
        assertThat(openProjectWarnings(id)).containsExactly("PAST_PLANNED_COMPLETION YELLOW");
        event(RESOLVED, id, "STARTED_NO_MILESTONE");
        Stages.move(zone, id, move("COMPLETED", later)).statusCode(200);
        assertThat(openProjectWarnings(id)).isEmpty();
        event(RESOLVED, id, "PAST_PLANNED_COMPLETION");
        check.checkAll();
        assertThat(openProjectWarnings(id)).isEmpty();
        assertThat(warnings(id, "SIGNED_NOT_STARTED") + warnings(id, "STARTED_NO_MILESTONE")
                + warnings(id, "PAST_PLANNED_COMPLETION")).isEqualTo(3);
    }

    @Test
    void a_held_project_is_not_warned_and_holding_resolves_what_was_open() {
        String zone = Projects.newZone();
        String id = regularProject(zone, Stages.TODAY);
        clock.moveForward(Duration.ofDays(1));
        check.checkAll();
        assertThat(openProjectWarnings(id)).containsExactly("PAST_PLANNED_COMPLETION YELLOW");

        Stages.move(zone, id, """
                {"to": "ON_HOLD", "date": "%s", "reason": "企业融资未到位，暂缓推进"}""".formatted(Stages.TODAY))
                .statusCode(200);
        assertThat(openProjectWarnings(id)).isEmpty();
        event(RESOLVED, id, "PAST_PLANNED_COMPLETION");
        clock.moveForward(Duration.ofDays(200)); // long held: no progress, far past completion, yet held
        check.checkAll();
        assertThat(rows("select count(*) n from warning where project_id = ?::uuid and resolved_at is null", id)
                .get(0).get("n")).isEqualTo(0L);
    }
}
