package io.zhaoshang.scoring.elimination;

import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.scoring.ScoringTestStack;
import io.zhaoshang.scoring.ledger.Facts;
import io.zhaoshang.scoring.team.Teams;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A zone of its own N: {@code zhaoshang.scoring.zones."<zone>".elimination.last-months=3}. A team
 * last three closed months in a row is warned twice, then proposed; other zones keep the default 2.
 */
@QuarkusTest
@TestProfile(EliminationAfterThreeMonthsTest.ThreeMonths.class)
class EliminationAfterThreeMonthsTest {

    private static final String ZONE = "T-THREE-MONTHS";

    /** Three months in a row for one zone; the global test stack (database, Kafka) stays. */
    public static class ThreeMonths implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zhaoshang.scoring.zones.\"" + ZONE + "\".elimination.last-months", "3");
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void last_three_months_in_a_row_is_warned_warned_again_then_proposed_while_another_zone_proposes_after_two()
            throws Exception {
        Teams.register(ZONE, "GOV-1");
        String gov2 = Teams.register(ZONE, "GOV-2");
        String elsewhere = Teams.newZone();
        Teams.register(elsewhere, "GOV-1");
        String otherLast = Teams.register(elsewhere, "GOV-2");

        for (String month : List.of("2026-06", "2026-07")) {
            Facts.leadRegistered(ZONE, "GOV-1", "XS-2026-000401", Instant.parse(month + "-10T02:00:00Z"));
            Facts.leadRegistered(elsewhere, "GOV-1", "XS-2026-000402", Instant.parse(month + "-10T02:00:00Z"));
            close(ZONE, month);
            close(elsewhere, month);
            assertStatus(ZONE, gov2, "WARNED");
        }
        assertStatus(elsewhere, otherLast, "ELIMINATION_PROPOSED");

        Facts.leadRegistered(ZONE, "GOV-1", "XS-2026-000403", Instant.parse("2026-08-10T02:00:00Z"));
        close(ZONE, "2026-08");
        assertStatus(ZONE, gov2, "ELIMINATION_PROPOSED");

        try (TopicProbe topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ScoringTestStack.TOPIC)) {
            List<ConsumerRecord<String, String>> steps = topic.awaitRecords(r -> gov2.equals(r.key())
                    && header(r, "ce_type").startsWith("zhaoshang.elimination."), 3, Duration.ofSeconds(30));
            assertThat(steps).extracting(r -> header(r, "ce_type") + " " + json.readTree(r.value()).get("month").asText()
                    + " " + json.readTree(r.value()).get("lastMonthsInARow").asInt()).containsExactly(
                            "zhaoshang.elimination.warned.v1 2026-06 1",
                            "zhaoshang.elimination.warned.v1 2026-07 2",
                            "zhaoshang.elimination.proposed.v1 2026-08 3");
            for (ConsumerRecord<String, String> step : steps) {
                EventContract.assertValid(header(step, "ce_type"), step.value());
            }
        }
    }

    private static void close(String zone, String month) {
        Teams.admin(zone).post("/api/v1/periods/MONTH/" + month + "/closure").then().statusCode(201);
    }

    private static void assertStatus(String zone, String team, String status) {
        Teams.as(zone, Roles.VIEWER).get("/api/v1/teams/" + team).then().statusCode(200).body("status", equalTo(status));
    }
}
