package io.zhaoshang.leads.pool;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.zhaoshang.leads.lead.LeadEvents;
import io.zhaoshang.leads.lead.LeadTestData;
import io.zhaoshang.leads.teams.ScoringTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** 50 members of 5 teams claim one lead of the public pool at once: exactly one wins. */
@QuarkusTest
class LeadConcurrentClaimTest {

    private static final int CLAIMS = 50;
    private static final int TEAMS = 5;

    @Test
    void of_fifty_concurrent_claims_exactly_one_wins_and_the_rest_get_409() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        for (int t = 3; t <= TEAMS; t++) {
            ScoringTopic.registerTeam(zone, "GOV-" + t);
        }
        String id = LeadTestData.report(zone, null, LeadTestData.company(zone, "济宁抢单公司"));

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Response>> claims = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            String team = "GOV-" + (i % TEAMS + 1);
            String subject = "member-" + i + "-of-" + team;
            claims.add(() -> {
                start.await();
                return LeadTestData.as(subject, zone, team, "team-member").post("/api/v1/leads/{id}/claims", id);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLAIMS);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            claims.forEach(claim -> answers.add(pool.submit(claim)));
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }
            Map<Integer, Long> byStatus = responses.stream()
                    .collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
            assertThat(byStatus).containsOnlyKeys(200, 409).containsEntry(200, 1L).containsEntry(409, 49L);
            String winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow()
                    .path("ownerTeam");
            responses.stream().filter(r -> r.statusCode() == 409).forEach(r -> assertThat((String) r.path("code"))
                    .isIn("lead-owned", "lead-already-yours"));
            assertThat(rows("select owner_team, version from lead where id = ?::uuid", id).get(0))
                    .containsEntry("owner_team", winner).containsEntry("version", 1L);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = ?", id,
                LeadEvents.CLAIMED)).isEqualTo(1);
    }
}
