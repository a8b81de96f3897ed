package io.zhaoshang.leads.timer;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.leads.LeadsTestStack;
import io.zhaoshang.leads.MovableClock;
import io.zhaoshang.leads.lead.LeadTestData;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Overdue service timers are listed and announced once, with time moved on by the test's clock. */
@QuarkusTest
class OverdueTimerTest {

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;

    @Inject
    MovableClock clock;

    @Inject
    OverdueTimerJob job;

    @BeforeEach
    void openProbe() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), LeadsTestStack.TOPIC);
    }

    @AfterEach
    void closeProbeAndResetClock() {
        topic.close();
        clock.reset();
    }

    @Test
    void leads_with_an_overdue_timer_are_listed_saying_which_and_since_when() {
        String zone = LeadTestData.zoneWithTeams();
        // a major lead (1,200,000,000 CNY) in the public pool, and a small one held by GOV-1
        String major = LeadTestData.admin(zone).body(LeadTestData.body(LeadTestData.company(zone, "济宁重大公司")))
                .post("/api/v1/leads").then().statusCode(201).extract().path("id");
        String small = LeadTestData.report(zone, "GOV-1", LeadTestData.company(zone, "济宁小项目公司"));

        LeadTestData.admin(zone).queryParam("overdue", "true").get("/api/v1/leads")
                .then().statusCode(200).body("items", hasSize(0));

        clock.moveForward(Duration.ofDays(4));
        LeadTestData.admin(zone).queryParam("overdue", "true").get("/api/v1/leads").then().statusCode(200)
                .body("items.id", contains(major, small))
                .body("items[0].overdueTimers.timer", contains("RESPOND"))
                .body("items[1].overdueTimers.timer", contains("ASSESS"))
                .body("items[1].overdueTimers[0].dueAt", notNullValue());
        LeadTestData.member(zone, "GOV-2").queryParam("overdue", "true").get("/api/v1/leads").then().statusCode(200)
                .body("items.id", contains(major));
        LeadTestData.admin(zone).get("/api/v1/leads/{id}", small).then().statusCode(200)
                .body("overdueTimers.timer", contains("ASSESS"));

        // the zone gives a week to assess: only the public lead is late now
        LeadTestData.admin(zone).header("If-Match", "\"0\"").body("""
                {"respondDays": 1, "assessDays": 7, "majorAssessDays": 10, "feedbackDays": 7, "progressDays": 14}
                """).put("/api/v1/timer-settings").then().statusCode(200).header("ETag", "\"1\"");
        LeadTestData.as(zone, null, Roles.VIEWER).get("/api/v1/timer-settings").then().statusCode(200)
                .body("assessDays", equalTo(7));
        LeadTestData.admin(zone).queryParam("overdue", "true").get("/api/v1/leads").then().statusCode(200)
                .body("items.id", contains(major));
        LeadTestData.admin(zone).queryParam("overdue", "false").get("/api/v1/leads").then().statusCode(200)
                .body("items", hasSize(2));
    }

    @Test
    void a_bad_overdue_filter_is_a_400() {
        String zone = LeadTestData.newZone();
        LeadTestData.admin(zone).queryParam("overdue", "yes").get("/api/v1/leads").then().statusCode(400)
                .body("code", equalTo("invalid-parameter")).body("errors[0].field", equalTo("overdue"));
    }

    @Test
    void each_newly_overdue_timer_is_announced_once() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String lead = LeadTestData.report(zone, null, LeadTestData.company(zone, "济宁超时公司"));
        clock.moveForward(Duration.ofDays(2));

        job.announceOverdue();
        job.announceOverdue();

        assertThat(count("select count(*) from lead_timer_overdue where lead_id = ?::uuid", lead)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = ?", lead,
                TimerEvents.OVERDUE)).isEqualTo(1);
        ConsumerRecord<String, String> overdue = topic.awaitRecords(r -> lead.equals(r.key())
                && TimerEvents.OVERDUE.equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid(TimerEvents.OVERDUE, overdue.value());
        JsonNode data = json.readTree(overdue.value());
        assertThat(data.get("timer").asText()).isEqualTo("RESPOND");
        assertThat(data.get("zone").asText()).isEqualTo(zone);
        assertThat(data.get("ownerTeam").isNull()).isTrue();
        assertThat(Instant.parse(data.get("dueAt").asText())).isBefore(clock.instant());

        // two days on, assessing is late as well: announced, and responding is not announced again
        clock.moveForward(Duration.ofDays(2));
        job.announceOverdue();
        assertThat(count("select count(*) from outbox_event where aggregate_id = ? and event_type = ?", lead,
                TimerEvents.OVERDUE)).isEqualTo(2);
        assertThat(count("select count(*) from lead_timer_overdue where lead_id = ?::uuid and timer in ('RESPOND', "
                + "'ASSESS')", lead)).isEqualTo(2);
    }
}
