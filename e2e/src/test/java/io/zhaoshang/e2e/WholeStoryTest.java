package io.zhaoshang.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole story on the real stack, driven over HTTP only ({@link RunningStack}). */
@ExtendWith(RunningStack.class)
@Order(3)
class WholeStoryTest {

    @Test
    void a_lead_becomes_a_producing_project_and_both_teams_are_ranked_with_their_points() {
        String zone = "E2E-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Story story = new Story(RunningStack.services(), RunningStack.stack().tokens(), zone, System.out::println);

        Story.Outcome outcome = story.play();
        aTeamSeesNothingOfAnotherTeamsLeadOrProject(zone, outcome);
        JsonNode frozen = story.closeMonth(outcome.monthKey());

        assertThat(frozen.path("rows")).extracting(row -> row.path("teamCode").asText() + " "
                + row.path("points").decimalValue().setScale(2).toPlainString())
                .containsExactly("TEAM-A 127.80", "TEAM-B 52.20", "TEAM-C 0.00");
        // every point can be checked by hand: the signing of TEAM-A's 70% share, word for word
        List<String> explanations = story.ledger("TEAM-A", outcome.monthKey()).stream()
                .map(entry -> entry.path("explanationZh").asText()).toList();
        assertThat(explanations).hasSize(10).contains(
                "签约项目 " + outcome.projectCode() + " 总投资 12 亿元: (基础 10 分 + 12 × 1 分 + 10 亿元以上加 20 分)"
                        + " × 本队份额 70% × 主导产业 1.2 = 35.28 分");
        assertThat(story.ledger("TEAM-B", outcome.monthKey())).hasSize(7);
    }

    /** TEAM-C, which had no part in the story, neither sees nor touches TEAM-A's lead and project. */
    private static void aTeamSeesNothingOfAnotherTeamsLeadOrProject(String zone, Story.Outcome outcome) {
        String token = RunningStack.stack().tokens().issue("team-member-TEAM-C-of-" + zone, zone, "TEAM-C", "team-member");
        Api leads = new Api(RunningStack.services().leads(), token);
        Api projects = new Api(RunningStack.services().projects(), token);
        assertThat(leads.get("/api/v1/leads/" + outcome.leadId()).expect(404).body().has("title")).isTrue();
        assertThat(leads.post("/api/v1/follow-ups", Map.of("leadIds", List.of(outcome.leadId()), "kind", "CALL",
                "date", LocalDate.now(Story.SHANGHAI).toString(), "participants", List.of("王强"), "summary", "越权跟进")).expect(403)
                .text("/code")).isEqualTo("lead-not-yours");
        assertThat(projects.get("/api/v1/projects/" + outcome.projectId()).expect(404).body().has("companyName")).isFalse();
        projects.post("/api/v1/projects/" + outcome.projectId() + "/stage-transitions",
                Map.of("to", "ABANDONED", "date", LocalDate.now(Story.SHANGHAI).toString(), "reason", "越权"), "\"0\"")
                .expect(404);
    }
}
