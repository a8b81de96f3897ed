package io.zhaoshang.scoring.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhaoshang.scoring.period.Period;
import io.zhaoshang.scoring.period.PeriodKind;
import io.zhaoshang.scoring.rulebook.FactKind;
import io.zhaoshang.scoring.rulebook.FollowUpKind;
import io.zhaoshang.scoring.rulebook.Multiplier;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fact-kind mapping and the placing of facts in periods, as plain Java. */
class FactScoringTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void project_stages_that_are_results_map_to_their_kinds_and_others_score_nothing() throws Exception {
        assertThat(kind("zhaoshang.project.stage-changed.v1", "{\"to\": \"SIGNED\"}")).isEqualTo(FactKind.PROJECT_SIGNED);
        assertThat(kind("zhaoshang.project.stage-changed.v1", "{\"to\": \"APPROVING\"}")).isEqualTo(FactKind.PROJECT_APPROVING);
        assertThat(kind("zhaoshang.project.stage-changed.v1", "{\"to\": \"UNDER_CONSTRUCTION\"}"))
                .isEqualTo(FactKind.CONSTRUCTION_STARTED);
        assertThat(kind("zhaoshang.project.stage-changed.v1", "{\"to\": \"IN_PRODUCTION\"}")).isEqualTo(FactKind.IN_PRODUCTION);
        assertThat(FactScoring.of("zhaoshang.project.stage-changed.v1", json.readTree("{\"to\": \"COMPLETED\"}"))).isEmpty();
        assertThat(FactScoring.of("zhaoshang.project.warning-raised.v1", json.readTree("{\"level\": \"YELLOW\"}"))).isEmpty();
        assertThat(kind("zhaoshang.project.warning-raised.v1", "{\"level\": \"RED\"}")).isEqualTo(FactKind.RED_WARNING);
        assertThat(FactScoring.of("zhaoshang.lead.claimed.v1", json.readTree("{\"ownerTeam\": \"GOV-1\"}"))).isEmpty();
        assertThat(FactScoring.of("zhaoshang.follow-up.logged.v1", json.readTree("{\"kind\": \"DINNER\"}"))).isEmpty();
    }

    @Test
    void a_missing_optional_field_is_not_known_and_adds_nothing() throws Exception {
        ScorableFact bare = FactScoring.of("zhaoshang.project.stage-changed.v1",
                json.readTree("{\"to\": \"SIGNED\", \"foreignInvestment\": null}")).orElseThrow();
        assertThat(bare.amountCny()).isNull();
        assertThat(bare.flags()).isEmpty();
        assertThat(bare.ownerTeam()).isNull();

        ScorableFact rich = FactScoring.of("zhaoshang.project.stage-changed.v1", json.readTree("""
                {"to": "SIGNED", "code": "ZS-2026-000123", "ownerTeam": "GOV-1", "leadingIndustry": true,
                 "foreignInvestment": true, "fortuneGlobal500": false,
                 "totalInvestment": {"amount": "150000000.00", "currency": "USD", "cnyEquivalent": "1080000000.00"},
                 "teamShares": {"GOV-1": 70, "GOV-2": 30}}""")).orElseThrow();
        assertThat(rich.amountCny()).isEqualByComparingTo("1080000000");
        assertThat(rich.flags()).containsExactlyInAnyOrder(Multiplier.LEADING_INDUSTRY, Multiplier.FOREIGN_INVESTMENT);
        assertThat(rich.shares()).containsOnlyKeys("GOV-1", "GOV-2");
        assertThat(rich.reference()).isEqualTo("ZS-2026-000123");
    }

    @Test
    void shares_count_only_when_they_add_up_to_100() throws Exception {
        assertThat(FactScoring.shares(json.readTree("{\"GOV-1\": 60, \"GOV-2\": 30}"))).isEmpty();
        assertThat(FactScoring.shares(json.readTree("{\"GOV-1\": 60, \"GOV-2\": \"40\"}"))).isEmpty();
        assertThat(FactScoring.shares(json.readTree("{\"GOV-1\": 60, \"GOV-2\": 40}"))).hasSize(2);
    }

    @Test
    void a_follow_up_scores_by_its_kind() throws Exception {
        ScorableFact visit = FactScoring.of("zhaoshang.follow-up.logged.v1",
                json.readTree("{\"kind\": \"SITE_INSPECTION\", \"team\": \"GOV-3\"}")).orElseThrow();
        assertThat(visit.followUpKind()).isEqualTo(FollowUpKind.SITE_INSPECTION);
        assertThat(visit.ownerTeam()).isEqualTo("GOV-3");
    }

    @Test
    void a_fact_of_a_closed_period_is_booked_in_the_open_one_of_that_kind() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant october = Instant.parse("2026-10-20T02:00:00Z");
        Instant now = Instant.parse("2026-11-22T02:00:00Z");
        Booking booking = Booking.of(october, now, shanghai,
                period -> period.equals(Period.parse(PeriodKind.MONTH, "2026-10", shanghai)));
        assertThat(booking.key(PeriodKind.MONTH)).isEqualTo("2026-11");
        assertThat(booking.key(PeriodKind.WEEK)).isEqualTo("2026-W43");
        assertThat(booking.adjusts()).isEqualTo(List.of("MONTH 2026-10"));
        assertThat(Booking.of(october, now, shanghai, period -> false).isAdjustment()).isFalse();
    }

    private FactKind kind(String type, String data) throws Exception {
        JsonNode node = json.readTree(data);
        return FactScoring.of(type, node).orElseThrow().kind();
    }
}
