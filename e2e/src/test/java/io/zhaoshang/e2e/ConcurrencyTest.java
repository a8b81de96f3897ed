package io.zhaoshang.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhaoshang.local.LocalStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Races on the real stack, each client with the version it read: twelve signings of one project,
 * eight edits of one rulebook version. One wins each time, the others are told their version is
 * stale, and the data shows one change only.
 */
@ExtendWith(RunningStack.class)
@Order(2)
class ConcurrencyTest {

    private static final int CLIENTS = 12;

    @Test
    void of_twelve_simultaneous_signings_of_one_project_exactly_one_wins() throws Exception {
        String zone = "RACE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalStack stack = RunningStack.stack();
        String today = LocalDate.now(Story.SHANGHAI).toString();
        new Api(stack.baseUrl("scoring"), stack.tokens().issue("admin-of-" + zone, zone, null, "zone-admin"))
                .post("/api/v1/teams", Map.of("code", "TEAM-A", "name", "招商一组", "kind", "GOVERNMENT_SQUAD")).expect(201);
        Api team = new Api(stack.baseUrl("projects"),
                stack.tokens().issue("member-of-" + zone, zone, "TEAM-A", "team-member"));
        String projectId = created(team, Map.of("name", "年产10GWh动力电池项目", "companyName", "济宁新能源科技有限公司",
                "industryCode", "SEI-04.01", "chainRole", "FILL_CHAIN",
                "totalInvestment", Map.of("amount", "1200000000", "currency", "CNY"), "foreignInvestment", false));
        Map<String, Object> signing = Map.of("to", "SIGNED", "date", today, "reason", "签约仪式",
                "agreement", Map.of("type", "INVESTMENT", "number", "JNGX-2026-099", "date", today,
                        "signedAmount", Map.of("amount", "1150000000", "currency", "CNY")));

        List<Integer> statuses = race(CLIENTS,
                () -> team.post("/api/v1/projects/" + projectId + "/stage-transitions", signing, "\"0\""));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 200).hasSize(CLIENTS - 1)
                .allMatch(status -> status == 412 || status == 409);
        Api.Reply project = team.get("/api/v1/projects/" + projectId).expect(200);
        assertThat(project.text("/stage")).isEqualTo("SIGNED");
        assertThat(project.etag()).isEqualTo("\"1\"");
        assertThat(team.get("/api/v1/projects/" + projectId + "/stage-history").expect(200).body().path("items"))
                .filteredOn(change -> "SIGNED".equals(change.path("to").asText())).hasSize(1);
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl("projects"), stack.dbUser(), stack.dbPassword());
             PreparedStatement outbox = db.prepareStatement("select count(*) from outbox_event where aggregate_id = ? "
                     + "and event_type = 'zhaoshang.project.stage-changed.v1'")) {
            outbox.setString(1, projectId);
            try (ResultSet rows = outbox.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("stage-changed events of the project").isEqualTo(1);
            }
        }
    }

    @Test
    void of_eight_administrators_publishing_an_edit_of_the_same_rulebook_version_exactly_one_wins() throws Exception {
        String zone = "RACE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalStack stack = RunningStack.stack();
        Api admin = new Api(stack.baseUrl("scoring"), stack.tokens().issue("admin-of-" + zone, zone, null, "zone-admin"));
        // the zone's first team brings the default rulebook, version 1
        admin.post("/api/v1/teams", Map.of("code", "TEAM-A", "name", "招商一组", "kind", "GOVERNMENT_SQUAD")).expect(201);
        String next = LocalDate.now(Story.SHANGHAI).plusMonths(2).withDayOfMonth(1).toString();
        Map<String, Object> edit = Map.of("title", "招商队伍竞争性考核办法（修订）", "effectiveFrom", next,
                "rules", Map.of("LEAD_REGISTERED", Map.of("basePoints", 2)));

        List<Integer> statuses = race(8, () -> admin.post("/api/v1/rulebooks", edit, "\"1\""));

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 412).hasSize(7);
        assertThat(admin.get("/api/v1/rulebooks").expect(200).body().path("items"))
                .extracting(version -> version.path("version").asInt()).containsExactlyInAnyOrder(1, 2);
    }

    /** Runs the call on {@code clients} threads released at once; the statuses, each error a problem. */
    private static List<Integer> race(int clients, Callable<Api.Reply> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            replies.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Reply> reply : replies) {
            Api.Reply answer = reply.get();
            statuses.add(answer.status());
            if (answer.status() >= 400) {
                assertThat(answer.body().path("status").asInt()).isEqualTo(answer.status());
            }
        }
        pool.shutdown();
        return statuses;
    }

    /** Creates the project once projects has heard of the team from scoring's event. */
    private static String created(Api team, Map<String, Object> project) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            Api.Reply reply = team.post("/api/v1/projects", project);
            if (reply.status() == 201) {
                return reply.text("/id");
            }
            assertThat(reply.status()).as("POST /api/v1/projects: %s", reply.body()).isIn(422, 503);
            assertThat(Instant.now()).as("the team never reached projects: %s", reply.body()).isBefore(deadline);
            Thread.sleep(250);
        }
    }
}
