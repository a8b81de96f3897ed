package io.zhaoshang.scoring.period;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.scoring.ScoringTestStack;
import io.zhaoshang.scoring.team.Teams;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeriodClosureTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    PeriodCloser closer;

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;
    private String zone;

    @BeforeEach
    void setUp() {
        topic = TopicProbe.on(ZhaoshangTestResource.kafka().bootstrapServers(), ScoringTestStack.TOPIC);
        zone = Teams.newZone();
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void reads_a_period_with_its_boundaries_in_shanghai() {
        Teams.as(zone, Roles.VIEWER).get("/api/v1/periods/MONTH/2026-11").then().statusCode(200)
                .body("key", equalTo("2026-11"))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("firstDay", equalTo("2026-11-01"))
                .body("lastDay", equalTo("2026-11-30"))
                .body("start", equalTo("2026-10-31T16:00:00Z"))
                .body("end", equalTo("2026-11-30T16:00:00Z"))
                .body("status", equalTo("OPEN"));
    }

    @Test
    void an_administrator_closes_an_ended_period_once_and_it_is_published() throws Exception {
        Teams.admin(zone).post("/api/v1/periods/WEEK/2025-W01/closure").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/periods/WEEK/2025-W01"))
                .body("status", equalTo("CLOSED"))
                .body("closedBy", equalTo("zone-admin-of-" + zone));
        Teams.as(zone, Roles.VIEWER).get("/api/v1/periods/WEEK/2025-W01").then().statusCode(200)
                .body("status", equalTo("CLOSED"));

        ConsumerRecord<String, String> event = topic.awaitRecords(r -> zone.equals(r.key())
                && "zhaoshang.period.closed.v1".equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        assertThat(header(event, "ce_subject")).isEqualTo(zone);
        EventContract.assertValid("zhaoshang.period.closed.v1", event.value());
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("kind").asText()).isEqualTo("WEEK");
        assertThat(data.get("key").asText()).isEqualTo("2025-W01");
        assertThat(data.get("start").asText()).isEqualTo("2024-12-29T16:00:00Z");
        assertThat(data.get("end").asText()).isEqualTo("2025-01-05T16:00:00Z");
        assertThat(data.get("closedBy").asText()).isEqualTo("zone-admin-of-" + zone);

        long events = count("select count(*) from outbox_event");
        Teams.admin(zone).post("/api/v1/periods/WEEK/2025-W01/closure").then().statusCode(409)
                .body("code", equalTo("period-already-closed"));
        assertThat(count("select count(*) from period_state where zone = ?", zone)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);
    }

    @Test
    void the_current_and_future_periods_cannot_be_closed_and_nothing_changes() {
        String current = Period.containing(PeriodKind.MONTH, Instant.now(), SHANGHAI).key();
        long events = count("select count(*) from outbox_event");
        Teams.admin(zone).post("/api/v1/periods/MONTH/" + current + "/closure").then().statusCode(409)
                .body("code", equalTo("period-not-ended"));
        Teams.admin(zone).header("Accept-Language", "zh-CN").post("/api/v1/periods/YEAR/2999/closure").then()
                .statusCode(409).body("title", equalTo("考核期间尚未结束"))
                .body("detail", equalTo("YEAR 期间 2999 尚未结束，自 2999-12-31T16:00:00Z 起方可关账。"));
        assertThat(count("select count(*) from period_state where zone = ?", zone)).isZero();
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);
    }

    @Test
    void a_bad_key_or_kind_is_a_400_and_only_an_administrator_closes() {
        Teams.admin(zone).post("/api/v1/periods/MONTH/2026-13/closure").then().statusCode(400)
                .body("code", equalTo("invalid-period-key"))
                .body("detail", equalTo("2026-13 is not a MONTH period: write it like 2026-11, with a week, month "
                        + "or quarter that the year has."));
        Teams.admin(zone).post("/api/v1/periods/WEEK/2026-W54/closure").then().statusCode(400)
                .body("code", equalTo("invalid-period-key"));
        Teams.admin(zone).post("/api/v1/periods/WEEK/2025-W53/closure").then().statusCode(400)
                .body("code", equalTo("invalid-period-key"));
        Teams.admin(zone).post("/api/v1/periods/DECADE/2020/closure").then().statusCode(400)
                .body("code", equalTo("invalid-enum-value"));
        Teams.as(zone, Roles.TEAM_LEAD).post("/api/v1/periods/MONTH/2025-01/closure").then().statusCode(403);
        assertThat(count("select count(*) from period_state where zone = ?", zone)).isZero();
    }

    @Test
    void the_scheduled_closing_closes_what_its_grace_time_has_passed_once_oldest_first() {
        Teams.register(zone, "GOV-1");
        Instant registered = Instant.now();
        Period thisMonth = Period.containing(PeriodKind.MONTH, registered, SHANGHAI);

        // two days after the month's end the grace of three days has not passed: not the month, maybe weeks
        Instant twoDaysAfter = thisMonth.end().plus(Duration.ofDays(2));
        assertThat(closer.closeDue(twoDaysAfter)).noneMatch(closed -> closed.startsWith(zone + " MONTH"));

        Instant threeDaysAfter = thisMonth.end().plus(Duration.ofDays(3));
        assertThat(closer.closeDue(threeDaysAfter)).contains(zone + " MONTH " + thisMonth.key());
        assertThat(count("select count(*) from period_state where zone = ? and kind = 'MONTH' and status = 'CLOSED' "
                + "and closed_by = 'system:period-closer'", zone)).isEqualTo(1);

        // a second replica, or the next run, finds nothing left to close
        assertThat(closer.closeDue(threeDaysAfter)).noneMatch(closed -> closed.startsWith(zone + " "));
        assertThat(count("select count(*) from period_state where zone = ? and kind = 'MONTH'", zone)).isEqualTo(1);
        assertThat(count("select count(*) from period_state where zone = ? and kind in ('QUARTER', 'YEAR')", zone))
                .isZero();
    }
}
