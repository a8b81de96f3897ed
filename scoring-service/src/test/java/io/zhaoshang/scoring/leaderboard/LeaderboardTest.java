package io.zhaoshang.scoring.leaderboard;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.local.test.TopicProbe;
import io.zhaoshang.local.test.ZhaoshangTestResource;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.scoring.ScoringTestStack;
import io.zhaoshang.scoring.ledger.Facts;
import io.zhaoshang.scoring.team.Teams;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

@QuarkusTest
class LeaderboardTest {

    private static final Instant OCT_10 = Instant.parse("2026-10-10T02:00:00Z");

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
    void ranks_by_points_with_breakdown_targets_rank_change_and_the_tie_order_and_freezes_on_closing() throws Exception {
        Facts.projectReached(zone, "GOV-2", "ZS-2026-000201", "IN_PRODUCTION", "0.00", OCT_10); // 20 points
        Teams.admin(zone).post("/api/v1/periods/MONTH/2026-10/closure").then().statusCode(201);
        // October froze as GOV-2 (20), then GOV-1 and GOV-3 with nothing: by code
        ConsumerRecord<String, String> published = topic.awaitRecords(r -> zone.equals(r.key())
                && "zhaoshang.ranking.published.v1".equals(header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventContract.assertValid("zhaoshang.ranking.published.v1", published.value());
        JsonNode ranking = new ObjectMapper().readTree(published.value());
        assertThat(ranking.get("key").asText()).isEqualTo("2026-10");
        assertThat(ranking.get("rows").findValuesAsText("teamCode")).containsExactly("GOV-2", "GOV-1", "GOV-3");
        assertThat(ranking.get("rows").findValuesAsText("lastPlace")).containsExactly("false", "true", "true");

        Instant nov = Instant.parse("2026-11-10T02:00:00Z");
        Facts.projectReached(zone, "GOV-1", "ZS-2026-000202", "SIGNED", "1200000000.00", nov); // 42
        Facts.leadRegistered(zone, "GOV-3", "XS-2026-000201", nov);                            // 1, earlier
        Facts.leadRegistered(zone, "GOV-2", "XS-2026-000202", nov.plusSeconds(60));            // 1, later
        Teams.admin(zone).body("""
                {"signedAmount": {"amount": "2400000000.00", "currency": "CNY"}, "projectsStarted": 0,
                 "leadsCollected": 4, "followUps": 10}""").put("/api/v1/teams/" + gov1 + "/targets/MONTH/2026-11")
                .then().statusCode(201);

        Teams.as(zone, Roles.VIEWER).queryParam("period", "MONTH").queryParam("key", "2026-11").get("/api/v1/leaderboards")
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("rows.teamCode", contains("GOV-1", "GOV-3", "GOV-2"))
                .body("rows.rank", contains(1, 2, 3))
                .body("rows.previousRank", contains(2, 3, 1))
                .body("rows.rankChange", contains(1, 1, -2))
                .body("rows.lastPlace", contains(false, true, true))
                .body("rows[0].points", equalTo(42.0f))
                .body("rows[0].breakdown.PROJECT_SIGNED", equalTo(42.0f))
                .body("rows[0].achieved.signedAmount.amount", equalTo("1200000000.00"))
                .body("rows[0].target.leadsCollected", equalTo(4))
                .body("rows[0].completion.signedAmount", equalTo(50.0f))
                .body("rows[0].completion.projectsStarted", nullValue())
                .body("rows[0].completion.leadsCollected", equalTo(0.0f))
                .body("rows[1].breakdown.LEAD_REGISTERED", equalTo(1.0f))
                .body("rows[1].achieved.leadsCollected", equalTo(1))
                .body("rows[2].target", nullValue());

        // a late October fact is an adjustment: the frozen October ranking does not move
        Facts.leadRegistered(zone, "GOV-1", "XS-2026-000203", OCT_10);
        Teams.as(zone, Roles.VIEWER).queryParam("period", "MONTH").queryParam("key", "2026-10").get("/api/v1/leaderboards")
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("rows.teamCode", contains("GOV-2", "GOV-1", "GOV-3"))
                .body("rows.points", contains(20.0f, 0.0f, 0.0f));
        assertThat(count("select count(*) from ranking_row where zone = ? and period_key = '2026-10'", zone)).isEqualTo(3);

        // the drill-down lists the entries behind a line, with their explanations
        Teams.as(zone, Roles.TEAM_MEMBER).queryParam("period", "MONTH").queryParam("key", "2026-11")
                .get("/api/v1/teams/" + gov1 + "/ledger").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.kind", contains("PROJECT_SIGNED", "LEAD_REGISTERED"))
                .body("items[0].explanationZh",
                        equalTo("签约项目 ZS-2026-000202 总投资 12 亿元: 基础 10 分 + 12 × 1 分 + 10 亿元以上加 20 分 = 42 分"))
                .body("items[0].ruleVersion", equalTo(1))
                .body("items[1].adjusts", contains("MONTH 2026-10"));
    }

    @Test
    void the_weekly_summary_and_an_svg_chart_that_names_the_teams() throws Exception {
        Facts.leadRegistered(zone, "GOV-1", "XS-2026-000204", Instant.parse("2026-11-17T02:00:00Z"));
        Teams.as(zone, Roles.VIEWER).queryParam("period", "WEEK").queryParam("key", "2026-W47").get("/api/v1/leaderboards")
                .then().statusCode(200).body("rows.teamCode", contains("GOV-1", "GOV-2", "GOV-3"))
                .body("rows[0].points", equalTo(1.0f));

        String svg = Teams.as(zone, Roles.VIEWER).accept("image/svg+xml").queryParam("period", "WEEK")
                .queryParam("key", "2026-W47").get("/api/v1/leaderboards")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("image/svg+xml"))
                .extract().asString();
        Document chart = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(chart.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(chart.getDocumentElement().getTextContent())
                .contains("1. 招商队伍 GOV-1 (GOV-1)", "招商队伍 GOV-2", "招商队伍 GOV-3", "龙虎榜 WEEK 2026-W47");
        assertThat(chart.getElementsByTagName("rect").getLength()).isEqualTo(3);
    }

    @Test
    void bad_periods_and_unknown_teams_are_clear_problems() {
        Teams.as(zone, Roles.VIEWER).queryParam("period", "MONTH").queryParam("key", "2026-13").get("/api/v1/leaderboards")
                .then().statusCode(400).body("code", equalTo("invalid-period-key"));
        Teams.as(zone, Roles.VIEWER).header("Accept-Language", "zh-CN").queryParam("period", "MONTH")
                .queryParam("key", "2026-W54").get("/api/v1/leaderboards")
                .then().statusCode(400).body("title", equalTo("期间编号无效"))
                .body("detail", equalTo("2026-W54 不是有效的 MONTH 期间：应写作 2026-11 这样的形式，且该年须有这一周、月或季度。"));
        Teams.as(zone, Roles.VIEWER).queryParam("period", "DECADE").queryParam("key", "2020").get("/api/v1/leaderboards")
                .then().statusCode(400).body("code", equalTo("invalid-enum-value"));
        Teams.as(zone, Roles.VIEWER).queryParam("key", "2026-11").get("/api/v1/leaderboards")
                .then().statusCode(400).body("code", equalTo("period-required"));
        Teams.as(zone, Roles.VIEWER).header("Accept-Language", "zh-CN").queryParam("period", "MONTH")
                .queryParam("key", "2026-11").get("/api/v1/teams/" + UUID.randomUUID() + "/ledger")
                .then().statusCode(404).body("code", equalTo("not-found"));
        // a team of another zone is unknown here
        Teams.as(Teams.newZone(), Roles.VIEWER).queryParam("period", "MONTH").queryParam("key", "2026-11")
                .get("/api/v1/teams/" + gov1 + "/ledger").then().statusCode(404);
        Teams.as(zone, Roles.VIEWER).queryParam("period", "MONTH").queryParam("key", "11/2026")
                .get("/api/v1/teams/" + gov1 + "/ledger").then().statusCode(400).body("code", equalTo("invalid-period-key"));
    }
}
