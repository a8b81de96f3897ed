package io.zhaoshang.leads.followup;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FollowUpTest {

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;

    @Inject
    MovableClock clock;

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
    void a_promotion_event_is_one_follow_up_of_several_leads_and_renews_their_protection() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String first = LeadTestData.report(zone, "GOV-1", LeadTestData.company(zone, "济宁推介会甲公司"));
        String second = LeadTestData.report(zone, "GOV-1", LeadTestData.company(zone, "济宁推介会乙公司"));
        clock.moveForward(Duration.ofDays(20));
        String date = LocalDate.ofInstant(clock.instant(), FollowUps.ZONE_TIME).toString();

        String id = LeadTestData.member(zone, "GOV-1").header("Idempotency-Key", "promo-1")
                .body(FollowUps.body("PROMOTION_EVENT", date, second, first)).post("/api/v1/follow-ups")
                .then().statusCode(201).header("Location", containsString("/api/v1/follow-ups/"))
                .body("kind", equalTo("PROMOTION_EVENT")).body("team", equalTo("GOV-1"))
                .body("leadIds", contains(Stream.of(first, second).sorted().toArray()))
                .body("participants", hasSize(2)).body("date", equalTo(date))
                .extract().path("id");
        LeadTestData.member(zone, "GOV-1").header("Idempotency-Key", "promo-1")
                .body(FollowUps.body("PROMOTION_EVENT", date, second, first)).post("/api/v1/follow-ups")
                .then().statusCode(201).body("id", equalTo(id));
        assertThat(count("select count(*) from follow_up where zone = ?", zone)).isEqualTo(1);

        for (String lead : List.of(first, second)) {
            var row = rows("select protected_until, last_follow_up_at, version from lead where id = ?::uuid", lead).get(0);
            assertThat(((Timestamp) row.get("protected_until")).toInstant())
                    .isCloseTo(clock.instant().plus(90, ChronoUnit.DAYS), within(5, ChronoUnit.MINUTES));
            assertThat(((Timestamp) row.get("last_follow_up_at")).toInstant())
                    .isCloseTo(clock.instant(), within(5, ChronoUnit.MINUTES));
            assertThat(row).containsEntry("version", 1L);
        }

        LeadTestData.member(zone, "GOV-1").get("/api/v1/follow-ups/{id}", id).then().statusCode(200)
                .body("summary", equalTo("赴深圳总部洽谈，企业确认华东基地选址意向。"))
                .body("nextStep", equalTo("邀请企业来园区实地考察。"));
        LeadTestData.member(zone, "GOV-1").get("/api/v1/leads/{id}/follow-ups", first).then().statusCode(200)
                .body("items.id", contains(id));
        LeadTestData.as(zone, null, Roles.VIEWER).get("/api/v1/follow-ups/{id}", id).then().statusCode(200);
        LeadTestData.member(zone, "GOV-2").get("/api/v1/follow-ups/{id}", id).then().statusCode(404);
        LeadTestData.member(zone, "GOV-2").get("/api/v1/leads/{id}/follow-ups", first).then().statusCode(404);

        ConsumerRecord<String, String> logged = topic.awaitRecords(r -> id.equals(r.key())
                && FollowUpEvents.LOGGED.equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid(FollowUpEvents.LOGGED, logged.value());
        JsonNode data = json.readTree(logged.value());
        assertThat(data.get("zone").asText()).isEqualTo(zone);
        assertThat(data.get("kind").asText()).isEqualTo("PROMOTION_EVENT");
        assertThat(data.get("team").asText()).isEqualTo("GOV-1");
        assertThat(data.get("leadIds")).hasSize(2);
        assertThat(data.get("date").asText()).isEqualTo(date);
        assertThat(data.get("participants").asInt()).isEqualTo(2);
        assertThat(header(logged, "ce_subject")).isEqualTo(id);
    }

    @Test
    void the_administration_logs_on_any_active_lead_credited_to_no_team() throws Exception {
        String zone = LeadTestData.zoneWithTeams();
        String lead = LeadTestData.report(zone, null, LeadTestData.company(zone, "济宁来访公司"));

        String id = LeadTestData.admin(zone).body(FollowUps.body("INBOUND_VISIT", FollowUps.today(), lead))
                .post("/api/v1/follow-ups").then().statusCode(201).body("team", equalTo(null)).extract().path("id");

        assertThat(rows("select owner_team, protected_until from lead where id = ?::uuid", lead).get(0))
                .containsEntry("owner_team", null).containsEntry("protected_until", null);
        ConsumerRecord<String, String> logged = topic.awaitRecords(r -> id.equals(r.key())
                && FollowUpEvents.LOGGED.equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid(FollowUpEvents.LOGGED, logged.value());
        assertThat(json.readTree(logged.value()).get("team").isNull()).isTrue();
        assertThat(Instant.parse(json.readTree(logged.value()).get("loggedAt").asText()))
                .isCloseTo(Instant.now(), within(5, ChronoUnit.MINUTES));
    }
}
