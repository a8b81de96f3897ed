package io.zhaoshang.scoring.ledger;

import static io.zhaoshang.local.test.ServiceDatabase.count;
import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.zhaoshang.scoring.ScoringTestStack;
import io.zhaoshang.scoring.period.Period;
import io.zhaoshang.scoring.period.PeriodKind;
import io.zhaoshang.scoring.team.Teams;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Facts become ledger entries, consumed from real Kafka and booked in PostgreSQL with the fact. */
@QuarkusTest
class LedgerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOV_10 = Instant.parse("2026-11-10T02:00:00Z");
    private static final String FOLLOW_UP = "zhaoshang.follow-up.logged.v1";
    private static final String COLLISION = "zhaoshang.collision.adjudicated.v1";
    private static final String CONVERTED = "zhaoshang.lead.converted.v1";
    private static final String CAPITAL_ARRIVED = "zhaoshang.project.capital-arrived.v1";
    private static final String WARNING_RAISED = "zhaoshang.project.warning-raised.v1";
    private static final String WARNING_RESOLVED = "zhaoshang.project.warning-resolved.v1";
    private static final String PARK_REGISTERED = "zhaoshang.park.registered.v1";
    private static final String PARK_CHANGED = "zhaoshang.park.changed.v1";
    /** The ids of the examples: the lead, the project and the park they are about. */
    private static final String LEAD = "019b1a2c-3d4e-7f50-8a61-b2c3d4e5f607";
    private static final String PROJECT = "019a8f47-0b3d-7a91-b6e2-4c8d0f2a9e15";
    private static final String BIO_PARK = "019a9b21-6c3e-7d15-8f2a-3b7c9e0d4a12";

    private String zone;
    private String gov1;
    private String gov2;

    @BeforeEach
    void twoTeams() {
        zone = Teams.newZone();
        gov1 = Teams.register(zone, "GOV-1"); // brings the default rulebook, effective 2026-01-01
        gov2 = Teams.register(zone, "GOV-2");
    }

    @Test
    void the_example_of_each_scored_contract_scores_by_the_default_rulebook_and_explains_itself() {
        assertEntry(Facts.happened(ScoringTestStack.LEAD_REGISTERED, LEAD, Facts.example(ScoringTestStack.LEAD_REGISTERED,
                zone), NOV_10), gov1, "LEAD_REGISTERED", "1.00",
                "登记线索 XS-2026-000123: 基础 1 分 = 1 分", "Lead registered XS-2026-000123: base 1 = 1 point");

        assertEntry(Facts.happened(FOLLOW_UP, UUID.randomUUID().toString(), Facts.example(FOLLOW_UP, zone), NOV_10), gov1,
                "FOLLOW_UP", "5.00", "招商推介会: 基础 5 分 = 5 分", "Promotion event: base 5 = 5 points");

        assertEntry(Facts.happened(COLLISION, UUID.randomUUID().toString(), Facts.example(COLLISION, zone)
                        .put("decision", "TRANSFER").put("ownerTeam", "GOV-2").putNull("shares"), NOV_10),
                gov2, "COLLISION_WON", "2.00", "撞单裁定保留: 基础 2 分 = 2 分", "Collision won: base 2 = 2 points");
        String shared = Facts.happened(COLLISION, UUID.randomUUID().toString(), Facts.example(COLLISION, zone), NOV_10);
        assertEntry(shared, gov1, "COLLISION_WON", "1.20", "撞单裁定保留: 基础 2 分 × 本队份额 60% = 1.2 分",
                "Collision won: base 2 × team share 60% = 1.2 points");
        assertEntry(shared, gov2, "COLLISION_WON", "0.80", "撞单裁定保留: 基础 2 分 × 本队份额 40% = 0.8 分",
                "Collision won: base 2 × team share 40% = 0.8 points");

        // the biomedicine park leads in SEI-04.01, the industry of the examples' lead and project
        Facts.happened(PARK_REGISTERED, BIO_PARK, Facts.example(PARK_REGISTERED, zone), NOV_10);

        ObjectNode conversion = Facts.example(CONVERTED, zone).put("ownerTeam", "GOV-1").put("targetParkId", BIO_PARK);
        conversion.putObject("teamShares").put("GOV-1", 60).put("GOV-2", 40);
        conversion.putArray("companyTags").add("FORTUNE_GLOBAL_500").add("CENTRAL_SOE");
        String converted = Facts.happened(CONVERTED, LEAD, conversion, NOV_10);
        assertEntry(converted, gov1, "LEAD_CONVERTED", "5.40",
                "线索转化 XS-2026-000123 意向投资 12 亿元: 基础 5 分 × 本队份额 60% × 主导产业 1.2 × 世界500强 1.5 = 5.4 分",
                "Lead converted XS-2026-000123, intended investment CNY 1,200 million: base 5 × team share 60%"
                        + " × leading industry 1.2 × Fortune Global 500 1.5 = 5.4 points");
        assertEntry(converted, gov2, "LEAD_CONVERTED", "3.60",
                "线索转化 XS-2026-000123 意向投资 12 亿元: 基础 5 分 × 本队份额 40% × 主导产业 1.2 × 世界500强 1.5 = 3.6 分",
                "Lead converted XS-2026-000123, intended investment CNY 1,200 million: base 5 × team share 40%"
                        + " × leading industry 1.2 × Fortune Global 500 1.5 = 3.6 points");

        String started = Facts.happened(ScoringTestStack.STAGE_CHANGED, PROJECT,
                Facts.example(ScoringTestStack.STAGE_CHANGED, zone), NOV_10);
        assertEntry(started, gov1, "CONSTRUCTION_STARTED", "39.48", "项目开工 ZS-2026-000123 总投资 12 亿元: (基础 15 分 + 12 × 1 分"
                        + " + 10 亿元以上加 20 分) × 本队份额 70% × 主导产业 1.2 = 39.48 分",
                "Construction started ZS-2026-000123, total investment CNY 1,200 million: (base 15 + 12 × 1 per CNY 100 million"
                        + " + 20 for CNY 1 billion or more) × team share 70% × leading industry 1.2 = 39.48 points");
        assertEntry(started, gov2, "CONSTRUCTION_STARTED", "16.92", "项目开工 ZS-2026-000123 总投资 12 亿元: (基础 15 分 + 12 × 1 分"
                        + " + 10 亿元以上加 20 分) × 本队份额 30% × 主导产业 1.2 = 16.92 分",
                "Construction started ZS-2026-000123, total investment CNY 1,200 million: (base 15 + 12 × 1 per CNY 100 million"
                        + " + 20 for CNY 1 billion or more) × team share 30% × leading industry 1.2 = 16.92 points");

        String signedId = UUID.randomUUID().toString();
        ObjectNode signing = Facts.example(ScoringTestStack.STAGE_CHANGED, zone).put("projectId", signedId)
                .put("code", "ZS-2026-000124").put("from", "NEGOTIATING").put("to", "SIGNED").put("ownerTeam", "GOV-2")
                .put("totalInvestmentCny", "350000000.00").put("signedAmountCny", "340000000.00")
                .put("tier", "KEY").put("foreignInvestment", true).putNull("parkId");
        signing.putObject("teamShares").put("GOV-2", 100);
        signing.putObject("totalInvestment").put("amount", "350000000.00").put("currency", "CNY");
        signing.putObject("signedAmount").put("amount", "340000000.00").put("currency", "CNY");
        assertEntry(Facts.happened(ScoringTestStack.STAGE_CHANGED, signedId, signing, NOV_10), gov2, "PROJECT_SIGNED", "22.20",
                "签约项目 ZS-2026-000124 总投资 3.5 亿元: (基础 10 分 + 3.5 × 1 分 + 亿元以上加 5 分) × 外资 1.2 = 22.2 分",
                "Project signed ZS-2026-000124, total investment CNY 350 million: (base 10 + 3.5 × 1 per CNY 100 million"
                        + " + 5 for CNY 100 million or more) × foreign investment 1.2 = 22.2 points");

        assertEntry(Facts.projectReached(zone, "GOV-2", "ZS-2026-000125", "APPROVING", "50000000.00", NOV_10), gov2,
                "PROJECT_APPROVING", "5.00", "项目进入审批供地 ZS-2026-000125 总投资 0.5 亿元: 基础 5 分 = 5 分",
                "Project in approval ZS-2026-000125, total investment CNY 50 million: base 5 = 5 points");
        assertEntry(Facts.projectReached(zone, "GOV-1", "ZS-2026-000126", "IN_PRODUCTION", "10000000.00", NOV_10), gov1,
                "IN_PRODUCTION", "20.05", "项目投产 ZS-2026-000126 总投资 0.1 亿元: 基础 20 分 + 0.1 × 0.5 分 = 20.05 分",
                "Project in production ZS-2026-000126, total investment CNY 10 million: base 20 + 0.1 × 0.5 per CNY 100 million"
                        + " = 20.05 points");

        // capital arrival and warning say no foreign flag (nor, the warning, team or code): the project's creation did
        String projectId = UUID.randomUUID().toString();
        ObjectNode created = Facts.example(ScoringTestStack.PROJECT_CREATED, zone).put("projectId", projectId)
                .put("code", "ZS-2026-000127").put("ownerTeam", "GOV-2").put("foreignInvestment", true);
        created.putObject("teamShares").put("GOV-2", 100);
        Facts.happened(ScoringTestStack.PROJECT_CREATED, projectId, created, NOV_10);
        assertEntry(Facts.happened(CAPITAL_ARRIVED, projectId, """
                {"zone": "%s", "projectId": "%s", "code": "ZS-2026-000127", "ownerTeam": "GOV-2", "teamShares": {"GOV-2": 100},
                 "amount": {"amount": "300000000.00", "currency": "CNY"}, "amountCny": "300000000.00",
                 "arrivedTotalCny": "500000000.00", "date": "2026-11-10"}""".formatted(zone, projectId), NOV_10),
                gov2, "CAPITAL_ARRIVED", "7.20", "资金到位 ZS-2026-000127 到位资金 3 亿元: 3 × 2 分 × 外资 1.2 = 7.2 分",
                "Capital arrived ZS-2026-000127, capital arrived CNY 300 million: 3 × 2 per CNY 100 million"
                        + " × foreign investment 1.2 = 7.2 points");
        assertEntry(Facts.happened(WARNING_RAISED, projectId, """
                {"projectId": "%s", "zone": "%s", "level": "RED"}""".formatted(projectId, zone), NOV_10), gov2,
                "RED_WARNING", "-5.00", "红色预警 ZS-2026-000127: 扣 5 分 = -5 分", "Red warning ZS-2026-000127: penalty 5 = -5 points");

        // not results: a yellow warning, a stage that is not one, a team scoring does not know, the administration's follow-up
        String yellow = Facts.happened(WARNING_RAISED, projectId, """
                {"projectId": "%s", "zone": "%s", "level": "YELLOW"}""".formatted(projectId, zone), NOV_10);
        String paused = Facts.projectReached(zone, "GOV-1", "ZS-2026-000128", "ON_HOLD", "1.00", NOV_10);
        String stranger = Facts.leadRegistered(zone, "NOBODY", "XS-2026-000003", NOV_10);
        String administration = Facts.happened(FOLLOW_UP, UUID.randomUUID().toString(),
                Facts.example(FOLLOW_UP, zone).putNull("team"), NOV_10);
        for (String nothing : List.of(yellow, paused, stranger, administration)) {
            assertThat(entries(nothing)).as(nothing).isEmpty();
        }
    }

    /**
     * A project in one of its park's leading industries (主导产业) earns the multiplier, as the park's
     * latest event before the fact said; a rulebook published later recomputes with what was known then.
     */
    @Test
    void the_leading_industries_of_the_project_s_park_as_known_then_weigh_its_result() {
        String before = signed("ZS-2026-000301");
        Facts.happened(PARK_REGISTERED, BIO_PARK, Facts.example(PARK_REGISTERED, zone), NOV_10);
        String leading = signed("ZS-2026-000302");
        ObjectNode changed = Facts.example(PARK_CHANGED, zone);
        changed.putArray("leadingIndustries").add("SEI-05.01");
        Facts.happened(PARK_CHANGED, BIO_PARK, changed, NOV_10);
        String after = signed("ZS-2026-000303");

        String plain = "基础 10 分 + 12 × 1 分 + 10 亿元以上加 20 分";
        assertThat(zh(before)).isEqualTo("签约项目 ZS-2026-000301 总投资 12 亿元: " + plain + " = 42 分");
        assertThat(zh(leading)).isEqualTo("签约项目 ZS-2026-000302 总投资 12 亿元: (" + plain + ") × 主导产业 1.2 = 50.4 分");
        assertThat(zh(after)).isEqualTo("签约项目 ZS-2026-000303 总投资 12 亿元: " + plain + " = 42 分");

        Teams.admin(zone).body("""
                {"title": "考核办法（主导产业加倍）", "effectiveFrom": "2026-11-01",
                 "rules": {"PROJECT_SIGNED": {"basePoints": 10, "multipliers": {"LEADING_INDUSTRY": 2}},
                           "RED_WARNING": {"basePoints": -5}}}""")
                .post("/api/v1/rulebooks").then().statusCode(201);
        assertThat(zh(before)).isEqualTo("签约项目 ZS-2026-000301 总投资 12 亿元: 基础 10 分 = 10 分");
        assertThat(zh(leading)).isEqualTo("签约项目 ZS-2026-000302 总投资 12 亿元: 基础 10 分 × 主导产业 2 = 20 分");
        assertThat(zh(after)).isEqualTo("签约项目 ZS-2026-000303 总投资 12 亿元: 基础 10 分 = 10 分");
    }

    /** The stage-change example, a signing in the biomedicine park (SEI-04.01) by GOV-1 alone. */
    private String signed(String code) {
        String projectId = UUID.randomUUID().toString();
        ObjectNode signing = Facts.example(ScoringTestStack.STAGE_CHANGED, zone).put("projectId", projectId).put("code", code)
                .put("from", "NEGOTIATING").put("to", "SIGNED");
        signing.putObject("teamShares").put("GOV-1", 100);
        return Facts.happened(ScoringTestStack.STAGE_CHANGED, projectId, signing, NOV_10);
    }

    private static String zh(String eventId) {
        return (String) entries(eventId).get(0).get("explanation_zh");
    }

    @Test
    void an_event_delivered_twice_scores_once() {
        String leadId = UUID.randomUUID().toString();
        String data = """
                {"leadId": "%s", "zone": "%s", "code": "XS-2026-000009", "ownerTeam": "GOV-1", "reportedTeam": "GOV-1"}"""
                .formatted(leadId, zone);
        String eventId = UUID.randomUUID().toString();
        Facts.deliver(eventId, "zhaoshang.lead.registered.v1", leadId, data, NOV_10);
        Facts.deliver(eventId, "zhaoshang.lead.registered.v1", leadId, data, NOV_10);
        // a later event on the same partition: once it is a fact, the redelivery was handled before it
        Facts.leadRegistered(zone, "GOV-2", "XS-2026-000010", NOV_10);
        Facts.happened("zhaoshang.lead.status-changed.v1", leadId, """
                {"leadId": "%s", "zone": "%s", "status": "CONTACTED"}""".formatted(leadId, zone), NOV_10);

        assertThat(entries(eventId)).hasSize(1);
        assertThat(count("select count(*) from ledger_entry where zone = ? and team_id = ?::uuid", zone, gov1)).isEqualTo(1);
    }

    /** The penalty is for having fallen far behind, which resolving the warning does not undo (docs/scoring/rulebook.md). */
    @Test
    void a_resolved_red_warning_keeps_its_penalty() {
        String projectId = UUID.randomUUID().toString();
        String raised = Facts.happened(WARNING_RAISED, projectId, Facts.example(WARNING_RAISED, zone)
                .put("projectId", projectId).put("ownerTeam", "GOV-1"), NOV_10);
        String resolved = Facts.happened(WARNING_RESOLVED, projectId, Facts.example(WARNING_RESOLVED, zone)
                .put("projectId", projectId).put("ownerTeam", "GOV-1").put("level", "RED"), NOV_10.plusSeconds(86_400));

        assertThat(entries(raised)).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("kind", "RED_WARNING").containsEntry("points", new BigDecimal("-5.00")));
        assertThat(entries(resolved)).isEmpty();
        assertThat(count("select count(*) from ledger_entry where zone = ?", zone)).isEqualTo(1);
    }

    @Test
    void a_fact_at_midnight_in_shanghai_belongs_to_the_next_day_s_periods() {
        String december = Facts.leadRegistered(zone, "GOV-1", "XS-2026-000011", Instant.parse("2026-11-30T16:00:00Z"));
        String november = Facts.leadRegistered(zone, "GOV-1", "XS-2026-000012", Instant.parse("2026-11-30T15:59:59Z"));
        assertThat(entries(december).get(0)).containsEntry("week_key", "2026-W49").containsEntry("month_key", "2026-12")
                .containsEntry("quarter_key", "2026-Q4").containsEntry("year_key", "2026");
        // 30 November is a Monday: both lie in week 49, in different months
        assertThat(entries(november).get(0)).containsEntry("week_key", "2026-W49").containsEntry("month_key", "2026-11");
    }

    @Test
    void a_fact_of_a_closed_period_is_an_adjustment_in_the_open_one() {
        Teams.admin(zone).post("/api/v1/periods/MONTH/2026-10/closure").then().statusCode(201);
        String late = Facts.leadRegistered(zone, "GOV-1", "XS-2026-000013", Instant.parse("2026-10-20T02:00:00Z"));

        Map<String, Object> entry = entries(late).get(0);
        assertThat(entry).containsEntry("month_key", Period.containing(PeriodKind.MONTH, Instant.now(), SHANGHAI).key())
                .containsEntry("adjusts", "MONTH 2026-10")
                .containsEntry("week_key", "2026-W43") // the week is open: the fact counts in its own
                .containsEntry("explanation_zh", "登记线索 XS-2026-000013: 基础 1 分 = 1 分");
    }

    @Test
    void a_new_rulebook_recomputes_the_open_periods_and_never_a_closed_one() {
        String october = Facts.leadRegistered(zone, "GOV-1", "XS-2026-000014", Instant.parse("2026-10-20T02:00:00Z"));
        Teams.admin(zone).post("/api/v1/periods/MONTH/2026-10/closure").then().statusCode(201);
        String november = Facts.leadRegistered(zone, "GOV-1", "XS-2026-000015", NOV_10);
        String visit = Facts.happened(FOLLOW_UP, UUID.randomUUID().toString(), Facts.example(FOLLOW_UP, zone)
                .put("kind", "CALL"), NOV_10);
        assertThat(entries(november).get(0)).containsEntry("rule_version", 1);

        Teams.admin(zone).body("""
                {"title": "考核办法（第二版）", "effectiveFrom": "2026-11-01",
                 "rules": {"LEAD_REGISTERED": {"basePoints": 3}, "RED_WARNING": {"basePoints": -5}}}""")
                .post("/api/v1/rulebooks").then().statusCode(201);

        assertThat(entries(november)).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("points", new BigDecimal("3.00")).containsEntry("rule_version", 2)
                .containsEntry("explanation_zh", "登记线索 XS-2026-000015: 基础 3 分 = 3 分"));
        assertThat(entries(visit)).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("points", new BigDecimal("0.00"))
                .containsEntry("explanation_zh", "电话沟通: 基础 0 分 = 0 分, 考核办法第 2 版不计此项"));
        assertThat(entries(october)).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("points", new BigDecimal("1.00")).containsEntry("rule_version", 1));
    }

    /**
     * A capital arrival names no park, industry or foreign flag. Sent right after the project's creation,
     * it is most likely booked in the same transaction, before the creation is written: it takes them
     * from the creation all the same.
     */
    @Test
    void a_capital_arrival_booked_with_its_project_creation_takes_the_fields_from_it() {
        String projectId = UUID.randomUUID().toString();
        ObjectNode created = Facts.example(ScoringTestStack.PROJECT_CREATED, zone).put("projectId", projectId)
                .put("code", "ZS-2026-000129").put("ownerTeam", "GOV-2").put("foreignInvestment", true);
        created.putObject("teamShares").put("GOV-2", 100);
        List<String> ids = Facts.happenedTogether(projectId, NOV_10, List.of(
                Map.entry(ScoringTestStack.PROJECT_CREATED, created.toString()),
                Map.entry(CAPITAL_ARRIVED, """
                        {"zone": "%s", "projectId": "%s", "code": "ZS-2026-000129", "ownerTeam": "GOV-2",
                         "teamShares": {"GOV-2": 100}, "amount": {"amount": "100000000.00", "currency": "CNY"},
                         "amountCny": "100000000.00", "arrivedTotalCny": "100000000.00", "date": "2026-11-10"}"""
                        .formatted(zone, projectId))));

        assertEntry(ids.get(1), gov2, "CAPITAL_ARRIVED", "2.40", "资金到位 ZS-2026-000129 到位资金 1 亿元: 1 × 2 分 × 外资 1.2 = 2.4 分",
                "Capital arrived ZS-2026-000129, capital arrived CNY 100 million: 1 × 2 per CNY 100 million"
                        + " × foreign investment 1.2 = 2.4 points");
    }

    private static void assertEntry(String eventId, String teamId, String kind, String points, String zh, String en) {
        assertThat(entries(eventId)).filteredOn(entry -> teamId.equals(entry.get("team_id").toString()))
                .as("entry of %s for %s", kind, teamId).singleElement().satisfies(entry -> assertThat(entry)
                        .containsEntry("kind", kind)
                        .containsEntry("points", new BigDecimal(points))
                        .containsEntry("explanation_zh", zh)
                        .containsEntry("explanation_en", en)
                        .containsEntry("rule_version", 1)
                        .containsEntry("month_key", "2026-11")
                        .containsEntry("adjusts", null));
    }

    private static List<Map<String, Object>> entries(String eventId) {
        return rows("select e.* from ledger_entry e join fact f on f.id = e.fact_id where f.event_id = ? order by e.team_id",
                eventId);
    }
}
