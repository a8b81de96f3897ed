package io.zhaoshang.scoring.rulebook;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RulebookResourceTest {

    static final String RULES = """
            {"LEAD_REGISTERED": {"basePoints": 1},
             "PROJECT_SIGNED": {"basePoints": 10, "pointsPer100MillionCny": 1,
                                "tierBonuses": {"AT_LEAST_100_MILLION": 5, "AT_LEAST_1_BILLION": 20},
                                "multipliers": {"LEADING_INDUSTRY": 1.2}},
             "RED_WARNING": {"basePoints": -5}}""";

    private final ObjectMapper json = new ObjectMapper();
    private TopicProbe topic;
    private String zone;

    static String rulebook(String effectiveFrom, String rules) {
        return """
                {"title": "招商队伍竞争性考核办法（修订）", "effectiveFrom": "%s", "rules": %s}
                """.formatted(effectiveFrom, rules);
    }

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
    void the_first_team_of_a_zone_brings_the_default_rulebook() {
        Teams.register(zone, "GOV-1");
        Teams.register(zone, "GOV-2");
        String newYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfYear(1).toString();
        Teams.as(zone, Roles.VIEWER).get("/api/v1/rulebooks").then().statusCode(200)
                .body("items.version", contains(1))
                .body("items[0].title", equalTo("招商队伍竞争性考核办法（默认版）"))
                .body("items[0].effectiveFrom", equalTo(newYear))
                .body("items[0].createdBy", equalTo("system:default-rulebook"));
        JsonNode document = json.valueToTree(Teams.as(zone, Roles.VIEWER).get("/api/v1/rulebooks/1").then()
                .statusCode(200).extract().path("document"));
        Rule signed = new RulebookRules(document).rule(FactKind.PROJECT_SIGNED, null).orElseThrow();
        Score score = RuleCalculator.score(signed, ScoredFact.of(FactKind.PROJECT_SIGNED, "ZS-2026-000123", "1200000000"));
        assertThat(score.points()).isEqualTo(new BigDecimal("42.00"));
        assertThat(new RulebookRules(document).rule(FactKind.FOLLOW_UP, FollowUpKind.CALL).orElseThrow().basePoints())
                .isEqualByComparingTo("0.5");
    }

    @Test
    void publishes_a_version_reads_it_and_finds_the_one_in_force() throws Exception {
        String id = Teams.admin(zone).body(rulebook("2031-03-01", RULES)).post("/api/v1/rulebooks")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/rulebooks/1"))
                .body("version", equalTo(1))
                .body("effectiveFrom", equalTo("2031-03-01"))
                .body("createdBy", equalTo("zone-admin-of-" + zone))
                .extract().path("id");
        Teams.admin(zone).body(rulebook("2031-06-01", RULES)).post("/api/v1/rulebooks").then().statusCode(201)
                .body("version", equalTo(2));

        Teams.as(zone, Roles.TEAM_MEMBER).get("/api/v1/rulebooks/1").then().statusCode(200)
                .body("id", equalTo(id))
                .body("document.rules.PROJECT_SIGNED.tierBonuses.AT_LEAST_1_BILLION", equalTo(20));
        Teams.as(zone, Roles.VIEWER).queryParam("at", "2031-05-31").get("/api/v1/rulebooks/effective").then()
                .statusCode(200).body("version", equalTo(1));
        Teams.as(zone, Roles.VIEWER).queryParam("at", "2031-06-01").get("/api/v1/rulebooks/effective").then()
                .statusCode(200).body("version", equalTo(2));
        Teams.as(zone, Roles.VIEWER).queryParam("at", "2031-02-28").get("/api/v1/rulebooks/effective").then()
                .statusCode(404).body("code", equalTo("no-effective-rulebook"));
        Teams.as(zone, Roles.VIEWER).queryParam("at", "2031-02-30").get("/api/v1/rulebooks/effective").then()
                .statusCode(400).body("code", equalTo("invalid-date"));
        Teams.as(zone, Roles.VIEWER).get("/api/v1/rulebooks/9").then().statusCode(404).body("code", equalTo("not-found"));
        Teams.as(Teams.newZone(), Roles.VIEWER).get("/api/v1/rulebooks/1").then().statusCode(404);

        ConsumerRecord<String, String> event = topic.awaitRecords(r -> zone.equals(r.key())
                && "zhaoshang.rulebook.published.v1".equals(header(r, "ce_type")), 2, Duration.ofSeconds(30)).get(0);
        assertThat(header(event, "ce_subject")).isEqualTo(zone);
        EventContract.assertValid("zhaoshang.rulebook.published.v1", event.value());
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("rulebookId").asText()).isEqualTo(id);
        assertThat(data.get("version").asInt()).isEqualTo(1);
        assertThat(data.get("effectiveFrom").asText()).isEqualTo("2031-03-01");
        assertThat(data.at("/rules/RED_WARNING/basePoints").asInt()).isEqualTo(-5);
        assertThat(data.get("publishedBy").asText()).isEqualTo("zone-admin-of-" + zone);
    }

    @Test
    void the_same_idempotency_key_publishes_once() {
        String key = UUID.randomUUID().toString();
        Teams.admin(zone).header("Idempotency-Key", key).body(rulebook("2031-01-01", RULES)).post("/api/v1/rulebooks")
                .then().statusCode(201).body("version", equalTo(1));
        Teams.admin(zone).header("Idempotency-Key", key).body(rulebook("2031-01-01", RULES)).post("/api/v1/rulebooks")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("version", equalTo(1));
        Teams.admin(zone).header("Idempotency-Key", key).body(rulebook("2031-02-01", RULES)).post("/api/v1/rulebooks")
                .then().statusCode(422).body("code", equalTo("idempotency-key-reused"));
        assertThat(count("select count(*) from rulebook where zone = ?", zone)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", zone)).isEqualTo(1);
    }

    @Test
    void an_edit_of_a_version_no_longer_the_newest_is_a_412_and_publishes_nothing() {
        Teams.admin(zone).body(rulebook("2031-01-01", RULES)).post("/api/v1/rulebooks")
                .then().statusCode(201).header("ETag", "\"1\"");
        // two administrators both started from version 1: the first publishes 2, the second is told
        Teams.admin(zone).header("If-Match", "\"1\"").body(rulebook("2031-02-01", RULES)).post("/api/v1/rulebooks")
                .then().statusCode(201).body("version", equalTo(2));
        Teams.admin(zone).header("If-Match", "\"1\"").header("Accept-Language", "zh-CN")
                .body(rulebook("2031-03-01", RULES)).post("/api/v1/rulebooks")
                .then().statusCode(412).body("code", equalTo("precondition-failed")).body("status", equalTo(412));
        assertThat(count("select count(*) from rulebook where zone = ?", zone)).isEqualTo(2);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?", zone)).isEqualTo(2);
    }
}
