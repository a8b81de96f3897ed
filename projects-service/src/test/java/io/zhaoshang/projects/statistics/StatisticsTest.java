package io.zhaoshang.projects.statistics;

import static io.zhaoshang.local.test.ServiceDatabase.rows;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.projects.EventTopics;
import io.zhaoshang.projects.project.Projects;
import io.zhaoshang.projects.stage.Stages;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Statistics over a small ledger whose answers are worked out by hand below. Every project is made
 * through the API; last year's are then moved back a year in the database (the API takes no date
 * before a project's creation, so a year's history cannot be made today otherwise).
 *
 * <pre>
 * this year (created, signed and capital today)        team shares  stage        total      fixed   signed    capital
 *   A1  TEAM-A, in park P                              A 100        SIGNED       1 200 000 000  900 000 000  1 150 000 000  300 000 000
 *   A2  TEAM-A                                         A 100        NEGOTIATING    250 000 000
 *   S1  TEAM-A, shared after a collision               A 70, B 30   SIGNED         500 000 000               400 000 000  100 000 000
 *   B1  TEAM-B                                         B 100        NEGOTIATING     80 000 000
 * last year (created, signed, capital a year ago today)
 *   L1  TEAM-A                                         A 100        SIGNED         300 000 000               200 000 000   50 000 000
 *   L2  TEAM-B                                         B 100        NEGOTIATING     60 000 000
 * </pre>
 */
@QuarkusTest
class StatisticsTest {

    private static final LocalDate TODAY = Stages.TODAY;
    private static final int YEAR = TODAY.getYear();
    private static final LocalDate A_YEAR_AGO = TODAY.minusYears(1);

    private static String zone;
    private static String parkId;

    @BeforeEach
    void theLedger() {
        if (zone != null) {
            return; // built once: the tests only read it
        }
        String ledger = Projects.newZone();
        parkId = EventTopics.registerPark(ledger, null, "ACTIVE");
        String a1 = create(ledger, Projects.TEAM, "A1", "1200000000",
                "\"parkId\": \"" + parkId + "\"", "\"fixedAssetInvestment\": {\"amount\": \"900000000\", \"currency\": \"CNY\"}");
        create(ledger, Projects.TEAM, "A2", "250000000");
        String s1 = create(ledger, Projects.TEAM, "S1", "500000000",
                "\"teamShares\": {\"TEAM-A\": 70, \"TEAM-B\": 30}");
        create(ledger, Projects.OTHER_TEAM, "B1", "80000000");
        String l1 = create(ledger, Projects.TEAM, "L1", "300000000");
        String l2 = create(ledger, Projects.OTHER_TEAM, "L2", "60000000");
        sign(ledger, a1, "1150000000");
        sign(ledger, s1, "400000000");
        sign(ledger, l1, "200000000");
        capital(ledger, a1, "300000000");
        capital(ledger, s1, "100000000");
        rows("""
                update project set created_at = created_at - interval '1 year', stage_since = stage_since - interval '1 year',
                agreement_date = agreement_date - interval '1 year',
                capital_arrived_cny = case when agreement_date is null then 0 else 50000000 end
                where id in (?::uuid, ?::uuid) returning id""", l1, l2);
        rows("""
                insert into capital_arrival (id, project_id, zone, arrived_on, amount, currency, cny_equivalent, source,
                arrived_total_cny, recorded_by, recorded_at)
                values (gen_random_uuid(), ?::uuid, ?, ?, 50000000, 'CNY', 50000000, '企业自有资金', 50000000, 'test',
                now() - interval '1 year') returning id""", l1, ledger, A_YEAR_AGO);
        zone = ledger;
    }

    private static String create(String zone, String team, String name, String amount, String... more) {
        return Projects.as(zone, team, Roles.TEAM_MEMBER)
                .body(Projects.bodyWith(name, null, "{\"amount\": \"%s\", \"currency\": \"CNY\"}".formatted(amount), more))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }

    private static void sign(String zone, String id, String signedAmount) {
        Stages.move(zone, id, """
                {"to": "SIGNED", "date": "%s", "documents": [],
                 "agreement": {"type": "INVESTMENT", "number": "XY-%s", "date": "%s",
                               "signedAmount": {"amount": "%s", "currency": "CNY"}}}
                """.formatted(TODAY, id, TODAY, signedAmount)).statusCode(200);
    }

    private static void capital(String zone, String id, String amount) {
        Projects.member(zone).body("""
                {"date": "%s", "amount": {"amount": "%s", "currency": "CNY"}, "source": "企业自有资金"}"""
                .formatted(TODAY, amount)).post("/api/v1/projects/{id}/capital-arrivals", id).then().statusCode(201);
    }

    private static ValidatableResponse statistics(String query) {
        return Projects.admin(zone).get("/api/v1/statistics" + query).then().statusCode(200);
    }

    @Test
    void projects_as_they_stand_by_stage_answer_zai_tan_xiang_mu_n_xiang_zong_tou_zi_x() {
        statistics("?groupBy=stage")
                .body("groupBy", contains("stage"))
                .body("from", nullValue())
                .body("groups", hasSize(2))
                .body("groups[0].key.stage", equalTo("NEGOTIATING"))
                .body("groups[0].labels.stage", equalTo("在谈"))
                // A2 + B1 + L2: 3 projects, 250 000 000 + 80 000 000 + 60 000 000
                .body("groups[0].current.projects", equalTo(3))
                .body("groups[0].current.totalInvestment.amount", equalTo("390000000.00"))
                .body("groups[0].current.projectsOf1BillionOrMore", equalTo(0))
                .body("groups[0].current.projectsOf100MillionOrMore", equalTo(1)) // A2
                .body("groups[0].current.signedProjects", equalTo(0))
                .body("groups[0].previousYear", nullValue())
                .body("groups[0].yearOnYear", nullValue())
                .body("groups[1].key.stage", equalTo("SIGNED"))
                .body("groups[1].labels.stage", equalTo("签约"))
                // A1 + S1 + L1: 1 200 000 000 + 500 000 000 + 300 000 000; only A1 ≥ 10亿, all three ≥ 1亿
                .body("groups[1].current.projects", equalTo(3))
                .body("groups[1].current.totalInvestment.amount", equalTo("2000000000.00"))
                .body("groups[1].current.fixedAssetInvestment.amount", equalTo("900000000.00"))
                .body("groups[1].current.projectsOf1BillionOrMore", equalTo(1))
                .body("groups[1].current.projectsOf100MillionOrMore", equalTo(3))
                .body("groups[1].current.signedProjects", equalTo(3))
                .body("groups[1].current.signedTotalInvestment.amount", equalTo("2000000000.00"))
                // 1 150 000 000 + 400 000 000 + 200 000 000
                .body("groups[1].current.signedAmount.amount", equalTo("1750000000.00"))
                // 300 000 000 + 100 000 000 + 50 000 000
                .body("groups[1].current.capitalArrived.amount", equalTo("450000000.00"));
    }

    @Test
    void a_year_with_its_year_on_year_change_answers_qian_ding_xie_yi_n_xiang_bi_qu_nian_ti_gao_y() {
        statistics("?year=" + YEAR)
                .body("groupBy", hasSize(0))
                .body("from", equalTo(YEAR + "-01-01"))
                .body("to", equalTo(YEAR + "-12-31"))
                .body("previousFrom", equalTo((YEAR - 1) + "-01-01"))
                .body("previousTo", equalTo((YEAR - 1) + "-12-31"))
                .body("groups", hasSize(1))
                .body("groups[0].key.size()", equalTo(0))
                // created this year: A1, A2, S1, B1 = 1 200 000 000 + 250 000 000 + 500 000 000 + 80 000 000
                .body("groups[0].current.projects", equalTo(4))
                .body("groups[0].current.totalInvestment.amount", equalTo("2030000000.00"))
                .body("groups[0].current.fixedAssetInvestment.amount", equalTo("900000000.00"))
                .body("groups[0].current.projectsOf1BillionOrMore", equalTo(1))
                .body("groups[0].current.projectsOf100MillionOrMore", equalTo(3))
                // signed this year: A1, S1 = 1 200 000 000 + 500 000 000 invested, 1 150 000 000 + 400 000 000 signed
                .body("groups[0].current.signedProjects", equalTo(2))
                .body("groups[0].current.signedTotalInvestment.amount", equalTo("1700000000.00"))
                .body("groups[0].current.signedAmount.amount", equalTo("1550000000.00"))
                .body("groups[0].current.capitalArrived.amount", equalTo("400000000.00"))
                // last year: L1 + L2 created (300 000 000 + 60 000 000), L1 signed on 200 000 000, 50 000 000 arrived
                .body("groups[0].previousYear.projects", equalTo(2))
                .body("groups[0].previousYear.totalInvestment.amount", equalTo("360000000.00"))
                .body("groups[0].previousYear.projectsOf100MillionOrMore", equalTo(1))
                .body("groups[0].previousYear.signedProjects", equalTo(1))
                .body("groups[0].previousYear.signedTotalInvestment.amount", equalTo("300000000.00"))
                .body("groups[0].previousYear.signedAmount.amount", equalTo("200000000.00"))
                .body("groups[0].previousYear.capitalArrived.amount", equalTo("50000000.00"))
                // (4 − 2) / 2 = 100 %; (2 030 − 360) / 360 = 463.888… %; fixed: nothing last year
                .body("groups[0].yearOnYear.projects", equalTo("100.00"))
                .body("groups[0].yearOnYear.totalInvestment", equalTo("463.89"))
                .body("groups[0].yearOnYear.fixedAssetInvestment", nullValue())
                // (2 − 1) / 1; (1 700 − 300) / 300 = 466.666… %; (1 550 − 200) / 200; (400 − 50) / 50
                .body("groups[0].yearOnYear.signedProjects", equalTo("100.00"))
                .body("groups[0].yearOnYear.signedTotalInvestment", equalTo("466.67"))
                .body("groups[0].yearOnYear.signedAmount", equalTo("675.00"))
                .body("groups[0].yearOnYear.capitalArrived", equalTo("700.00"));
    }

    @Test
    void a_shared_project_counts_once_under_each_team_with_its_share_of_the_amounts() {
        statistics("?groupBy=team&year=" + YEAR)
                .body("groups.key.team", contains("TEAM-A", "TEAM-B"))
                // TEAM-A: A1, A2 and 70 % of S1: 1 200 000 000 + 250 000 000 + 350 000 000
                .body("groups[0].current.projects", equalTo(3))
                .body("groups[0].current.totalInvestment.amount", equalTo("1800000000.00"))
                .body("groups[0].current.projectsOf100MillionOrMore", equalTo(3))
                // signed A1 and S1: 1 150 000 000 + 0.7 × 400 000 000; capital 300 000 000 + 0.7 × 100 000 000
                .body("groups[0].current.signedProjects", equalTo(2))
                .body("groups[0].current.signedTotalInvestment.amount", equalTo("1550000000.00"))
                .body("groups[0].current.signedAmount.amount", equalTo("1430000000.00"))
                .body("groups[0].current.capitalArrived.amount", equalTo("370000000.00"))
                .body("groups[0].previousYear.signedAmount.amount", equalTo("200000000.00"))
                // (1 430 − 200) / 200 = 615 %
                .body("groups[0].yearOnYear.signedAmount", equalTo("615.00"))
                // TEAM-B: B1 and 30 % of S1: 80 000 000 + 150 000 000; S1 is a 亿元以上 project whatever the share
                .body("groups[1].current.projects", equalTo(2))
                .body("groups[1].current.totalInvestment.amount", equalTo("230000000.00"))
                .body("groups[1].current.projectsOf100MillionOrMore", equalTo(1))
                .body("groups[1].current.signedAmount.amount", equalTo("120000000.00"))
                .body("groups[1].current.capitalArrived.amount", equalTo("30000000.00"))
                // last year L2 only: (2 − 1) / 1; nothing signed then, so no change to give
                .body("groups[1].previousYear.projects", equalTo(1))
                .body("groups[1].yearOnYear.projects", equalTo("100.00"))
                .body("groups[1].yearOnYear.signedAmount", nullValue());
        // the team filter is the team's part too
        statistics("?team=TEAM-B")
                .body("groups[0].current.projects", equalTo(3)) // B1, S1, L2
                .body("groups[0].current.totalInvestment.amount", equalTo("290000000.00")); // 80 + 150 + 60 (百万)
    }

    @Test
    void periods_compare_with_the_same_period_a_year_before() {
        int quarter = (TODAY.getMonthValue() - 1) / 3 + 1;
        statistics("?groupBy=period&period=QUARTER&year=" + YEAR)
                .body("period", equalTo("QUARTER"))
                .body("groups", hasSize(1))
                .body("groups[0].key.period", equalTo(YEAR + "-Q" + quarter))
                .body("groups[0].labels.period", equalTo(YEAR + "年第" + quarter + "季度"))
                .body("groups[0].current.projects", equalTo(4))
                .body("groups[0].previousYear.projects", equalTo(2))
                .body("groups[0].yearOnYear.capitalArrived", equalTo("700.00"));
        String month = "%d-%02d".formatted(YEAR, TODAY.getMonthValue());
        statistics("?groupBy=tier,period&period=MONTH&from=%s&to=%s".formatted(TODAY.withDayOfMonth(1), TODAY))
                .body("groups.key.tier", contains("KEY", "MAJOR", "REGULAR"))
                .body("groups.key.period", contains(month, month, month))
                .body("groups.labels.tier", contains("亿元以上", "10亿元以上", "亿元以下"))
                // KEY: A2 and S1 this month (250 + 500 百万), L1 the month a year before
                .body("groups[0].current.projects", equalTo(2))
                .body("groups[0].current.totalInvestment.amount", equalTo("750000000.00"))
                .body("groups[0].previousYear.projects", equalTo(1))
                .body("groups[0].yearOnYear.projects", equalTo("100.00"));
    }

    @Test
    void filters_and_what_a_team_member_sees() {
        // 10亿元以上 and 亿元以上 of the whole ledger, as the seeds count them: A1; A1, A2, S1, L1
        statistics("?tier=MAJOR").body("groups[0].current.projects", equalTo(1));
        statistics("?groupBy=tier&stage=SIGNED")
                .body("groups.key.tier", contains("KEY", "MAJOR"))
                .body("groups.current.projects", contains(2, 1));
        statistics("?parkId=" + parkId)
                .body("groups[0].current.projects", equalTo(1))
                .body("groups[0].current.totalInvestment.amount", equalTo("1200000000.00"));
        statistics("?groupBy=park")
                .body("groups.key.park", contains(parkId, null))
                .body("groups.current.projects", contains(1, 5));
        statistics("?industry=SEI-04").body("groups[0].current.projects", equalTo(6));
        statistics("?industry=SEI-05").body("groups[0].current.projects", equalTo(0));
        // a TEAM-B member sees the projects TEAM-B owns: B1 and L2 (80 + 60 百万)
        Projects.as(zone, Projects.OTHER_TEAM, Roles.TEAM_MEMBER).get("/api/v1/statistics").then().statusCode(200)
                .body("groups[0].current.projects", equalTo(2))
                .body("groups[0].current.totalInvestment.amount", equalTo("140000000.00"));
    }
}
