package io.zhaoshang.scoring.elimination;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Last-place elimination over three simulated months, closed one after the other, with a tie for last. */
@QuarkusTest
class EliminationTest {

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;
    private String zone;
    private String gov1;
    private String gov2;
    private String gov3;

    @BeforeEach
    void threeTeams() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ScoringTestStack.TOPIC);
        zone = Teams.newZone();
        gov1 = Teams.register(zone, "GOV-1");
        gov2 = Teams.register(zone, "GOV-2");
        gov3 = Teams.register(zone, "GOV-3");
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void last_once_is_warned_last_twice_in_a_row_is_proposed_and_an_administrator_decides() throws Exception {
        // June: GOV-1 2 points, GOV-2 1, GOV-3 nothing: GOV-3 is last and warned
        leads("GOV-1", 2, "2026-06-10T02:00:00Z");
        leads("GOV-2", 1, "2026-06-10T02:00:00Z");
        close("2026-06");
        assertStatus(gov3, "WARNED");
        assertStatus(gov2, "ACTIVE");

        // July: GOV-1 2, GOV-2 and GOV-3 tied for last on 0: GOV-3 is proposed (twice in a row), GOV-2 warned
        leads("GOV-1", 2, "2026-07-10T02:00:00Z");
        close("2026-07");
        assertStatus(gov3, "ELIMINATION_PROPOSED");
        assertStatus(gov2, "WARNED");
        assertStatus(gov1, "ACTIVE");

        // August: GOV-2 and GOV-3 score, GOV-1 alone is last: GOV-1 warned, GOV-2 no longer warned, GOV-3 waits
        leads("GOV-2", 3, "2026-08-10T02:00:00Z");
        leads("GOV-3", 1, "2026-08-10T02:00:00Z");
        close("2026-08");
        assertStatus(gov1, "WARNED");
        assertStatus(gov2, "ACTIVE");
        assertStatus(gov3, "ELIMINATION_PROPOSED");

        List<ConsumerRecord<String, String>> steps = topic.awaitRecords(r -> header(r, "ce_type").startsWith(
                "zhaoshang.elimination.") && List.of(gov1, gov2, gov3).contains(r.key()), 4, Duration.ofSeconds(30));
        assertThat(steps).extracting(r -> header(r, "ce_type") + " " + r.key()).containsExactlyInAnyOrder(
                "zhaoshang.elimination.warned.v1 " + gov3, "zhaoshang.elimination.proposed.v1 " + gov3,
                "zhaoshang.elimination.warned.v1 " + gov2, "zhaoshang.elimination.warned.v1 " + gov1);
        for (ConsumerRecord<String, String> step : steps) {
            EventContract.assertValid(header(step, "ce_type"), step.value());
        }
        ConsumerRecord<String, String> proposed = steps.stream()
                .filter(r -> header(r, "ce_type").equals("zhaoshang.elimination.proposed.v1")).findFirst().orElseThrow();
        assertThat(json.readTree(proposed.value()).get("month").asText()).isEqualTo("2026-07");
        assertThat(json.readTree(proposed.value()).get("lastMonthsInARow").asInt()).isEqualTo(2);

        // confirming a team that was not proposed changes nothing
        long events = count("select count(*) from outbox_event");
        Teams.admin(zone).header("Accept-Language", "zh-CN").post("/api/v1/teams/" + gov1 + "/elimination/confirmation")
                .then().statusCode(409).body("code", equalTo("elimination-not-proposed"))
                .body("title", equalTo("该队伍未被提议淘汰"));
        Teams.admin(zone).body("{\"reason\": \" \"}").post("/api/v1/teams/" + gov3 + "/elimination/rejection")
                .then().statusCode(400);
        Teams.as(zone, Roles.TEAM_LEAD).post("/api/v1/teams/" + gov3 + "/elimination/confirmation").then().statusCode(403);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);
        assertStatus(gov1, "WARNED");
        assertStatus(gov3, "ELIMINATION_PROPOSED");

        Teams.admin(zone).post("/api/v1/teams/" + gov3 + "/elimination/confirmation").then().statusCode(201)
                .body("status", equalTo("ELIMINATED"));
        assertStatus(gov3, "ELIMINATED");
        ConsumerRecord<String, String> confirmed = topic.awaitRecords(r -> gov3.equals(r.key())
                && "zhaoshang.elimination.confirmed.v1".equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid("zhaoshang.elimination.confirmed.v1", confirmed.value());
        ConsumerRecord<String, String> changed = topic.awaitRecords(r -> gov3.equals(r.key())
                && "zhaoshang.team.changed.v1".equals(header(r, "ce_type"))
                && r.value().contains("\"ELIMINATED\""), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid("zhaoshang.team.changed.v1", changed.value());
        Teams.admin(zone).post("/api/v1/teams/" + gov3 + "/elimination/confirmation").then().statusCode(409);
    }

    @Test
    void an_administrator_rejects_a_proposal_with_a_reason() throws Exception {
        leads("GOV-1", 1, "2026-06-10T02:00:00Z");
        leads("GOV-2", 1, "2026-06-10T02:00:00Z");
        close("2026-06");
        leads("GOV-1", 1, "2026-07-10T02:00:00Z");
        leads("GOV-2", 1, "2026-07-10T02:00:00Z");
        close("2026-07");
        assertStatus(gov3, "ELIMINATION_PROPOSED");

        Teams.admin(zone).body("{\"reason\": \"本月受台风影响，暂缓淘汰\"}").post("/api/v1/teams/" + gov3 + "/elimination/rejection")
                .then().statusCode(201).body("status", equalTo("ACTIVE"));
        assertStatus(gov3, "ACTIVE");
        ConsumerRecord<String, String> rejected = topic.awaitRecords(r -> gov3.equals(r.key())
                && "zhaoshang.elimination.rejected.v1".equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid("zhaoshang.elimination.rejected.v1", rejected.value());
        assertThat(json.readTree(rejected.value()).get("reason").asText()).isEqualTo("本月受台风影响，暂缓淘汰");
        assertThat(json.readTree(rejected.value()).get("decidedBy").asText()).isEqualTo("zone-admin-of-" + zone);
    }

    private void leads(String team, int count, String at) {
        for (int lead = 0; lead < count; lead++) {
            Facts.leadRegistered(zone, team, "XS-2026-" + (100000 + lead), Instant.parse(at).plusSeconds(lead));
        }
    }

    private void close(String month) {
        Teams.admin(zone).post("/api/v1/periods/MONTH/" + month + "/closure").then().statusCode(201);
    }

    private void assertStatus(String team, String status) {
        Teams.as(zone, Roles.VIEWER).get("/api/v1/teams/" + team).then().statusCode(200).body("status", equalTo(status));
    }

}
