package io.zhaoshang.projects.stage;

import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.projects.MovableClock;
import io.zhaoshang.projects.project.Projects;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stage moves and milestone progress read "today" from the injected clock, as the warning check does: a day that
 * is still ahead for the system clock is today once the clock has moved there, and the day after it is still
 * in the future.
 */
@QuarkusTest
class StageClockTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void stage_moves_and_milestone_progress_take_today_from_the_clock() {
        String zone = Projects.newZone();
        String id = Stages.projectWithLand(zone);
        clock.moveForward(Duration.ofDays(3));
        LocalDate today = Stages.TODAY.plusDays(3);

        Stages.move(zone, id, Stages.to("SIGNED").replace(Stages.TODAY.toString(), today.plusDays(1).toString()))
                .statusCode(422).body("code", equalTo("date-in-future"));
        Stages.move(zone, id, Stages.signing().replace(Stages.TODAY.toString(), today.toString())).statusCode(200)
                .body("stage", equalTo("SIGNED")).body("stageSince", equalTo(today.toString()));
        Stages.move(zone, id, Stages.to("APPROVING").replace(Stages.TODAY.toString(), today.toString()))
                .statusCode(200);
        Map<String, Object> row = rows("select land_requested_at, stage from project where id = ?::uuid", id).get(0);
        // the land was asked at the clock's time, three days ahead of the system's
        assertThat(((Timestamp) row.get("land_requested_at")).toInstant())
                .isAfter(Instant.now().plus(Duration.ofDays(2)));

        Map<String, Object> first = Projects.member(zone).get("/api/v1/projects/{id}/milestones", id).then()
                .extract().path("items[0]");
        assertThat(first.get("dueOn")).isEqualTo(today.plusDays(5).toString());
        Projects.member(zone).header("If-Match", "\"" + first.get("version") + "\"")
                .body("{\"status\": \"DONE\", \"date\": \"%s\"}".formatted(today))
                .post("/api/v1/projects/{id}/milestones/{mid}/progress", id, first.get("id")).then().statusCode(200)
                .body("completedOn", equalTo(today.toString()));
    }
}
