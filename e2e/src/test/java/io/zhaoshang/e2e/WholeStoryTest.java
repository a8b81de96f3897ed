package io.zhaoshang.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhaoshang.local.LocalStack;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole story on the real stack: PostgreSQL, Kafka and the four services as separate processes
 * (their packaged quarkus-run.jar), exactly as {@code ./run-local} runs them, driven over HTTP only.
 * Scoring's clock runs an hour past the end of the current month (Asia/Shanghai), so that the month
 * the story plays in can be closed at the end; the other services run on the real time.
 */
class WholeStoryTest {

    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        Path repo = Path.of(System.getProperty("zhaoshang.repo", "..")).toAbsolutePath().normalize();
        Instant nextMonth = LocalDate.now(Story.SHANGHAI).withDayOfMonth(1).plusMonths(1)
                .atStartOfDay(Story.SHANGHAI).toInstant();
        Duration scoringAhead = Duration.between(Instant.now(), nextMonth).plusHours(1);
        stack = LocalStack.startForTest(repo, repo.resolve("e2e/target/stack"),
                Map.of("scoring", Map.of("ZHAOSHANG_CLOCK_OFFSET", scoringAhead.toString())));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void a_lead_becomes_a_producing_project_and_both_teams_are_ranked_with_their_points() {
        String zone = "E2E-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Story story = new Story(new Story.Services(stack.baseUrl("parks"), stack.baseUrl("leads"),
                stack.baseUrl("projects"), stack.baseUrl("scoring")), stack.tokens(), zone, System.out::println);

        Story.Outcome outcome = story.play();
        JsonNode frozen = story.closeMonth(outcome.monthKey());

        assertThat(frozen.path("rows")).extracting(row -> row.path("teamCode").asText() + " "
                + row.path("points").decimalValue().toPlainString())
                .containsExactly("TEAM-A 127.80", "TEAM-B 52.20", "TEAM-C 0.00");
        // every point can be checked by hand: the signing of TEAM-A's 70% share, word for word
        List<String> explanations = story.ledger("TEAM-A", outcome.monthKey()).stream()
                .map(entry -> entry.path("explanationZh").asText()).toList();
        assertThat(explanations).hasSize(10).contains(
                "签约项目 " + outcome.projectCode() + " 总投资 12 亿元: (基础 10 分 + 12 × 1 分 + 10 亿元以上加 20 分)"
                        + " × 本队份额 70% × 主导产业 1.2 = 35.28 分");
        assertThat(story.ledger("TEAM-B", outcome.monthKey())).hasSize(7);
    }
}
