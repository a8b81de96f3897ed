package io.zhaoshang.scoring.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhaoshang.local.test.EventContract;
import io.zhaoshang.scoring.period.Period;
import io.zhaoshang.scoring.period.PeriodKind;
import io.zhaoshang.scoring.rulebook.FactKind;
import io.zhaoshang.scoring.rulebook.FollowUpKind;
import io.zhaoshang.scoring.rulebook.Multiplier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fact-kind mapping, read from the contracts' own examples, and the placing of facts in periods, as plain Java. */
class FactScoringTest {

    private static final String BIO_PARK = "019a9b21-6c3e-7d15-8f2a-3b7c9e0d4a12";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void project_stages_that_are_results_map_to_their_kinds_and_others_score_nothing() throws Exception {
        assertThat(kind("zhaoshang.project.stage-changed.v1", "{\"to\": \"SIGNED\"}")).isEqualTo(FactKind.PROJECT_SIGNED);
        assertThat(kind("zhaoshang.project.stage-changed.v1", "{\"to\": \"APPROVING\"}")).isEqualTo(FactKind.PROJECT_APPROVING);
        assertThat(kind("zhaoshang.project.stage-changed.v1", "{\"to\": \"UNDER_CONSTRUCTION\"}"))
                .isEqualTo(FactKind.CONSTRUCTION_STARTED);
        assertThat(kind("zhaoshang.project.stage-changed.v1", "{\"to\": \"IN_PRODUCTION\"}")).isEqualTo(FactKind.IN_PRODUCTION);
        assertThat(scored("zhaoshang.project.stage-changed.v1", "{\"to\": \"COMPLETED\"}")).isEmpty();
        assertThat(scored("zhaoshang.project.warning-raised.v1", "{\"level\": \"YELLOW\"}")).isEmpty();
        assertThat(kind("zhaoshang.project.warning-raised.v1", "{\"level\": \"RED\"}")).isEqualTo(FactKind.RED_WARNING);
        assertThat(scored("zhaoshang.lead.claimed.v1", "{\"ownerTeam\": \"GOV-1\"}")).isEmpty();
        assertThat(scored("zhaoshang.project.created.v1", EventContract.example("zhaoshang.project.created.v1"))).isEmpty();
        assertThat(scored("zhaoshang.follow-up.logged.v1", "{\"kind\": \"DINNER\", \"team\": \"GOV-1\"}")).isEmpty();
    }

    @Test
    void the_stage_change_example_reads_total_investment_owner_shares_park_and_foreign_flag() throws Exception {
        ScorableFact started = FactScoring.of("zhaoshang.project.stage-changed.v1",
                json.readTree(EventContract.example("zhaoshang.project.stage-changed.v1")),
                park -> park.equals(BIO_PARK) ? List.of("SEI-04") : List.of()).orElseThrow();
        assertThat(started.kind()).isEqualTo(FactKind.CONSTRUCTION_STARTED);
        assertThat(started.reference()).isEqualTo("ZS-2026-000123");
        assertThat(started.amountCny()).isEqualByComparingTo("1200000000.00"); // totalInvestmentCny, not signedAmountCny
        assertThat(started.ownerTeam()).isEqualTo("GOV-1");
        assertThat(started.shares()).isEqualTo(Map.of("GOV-1", new BigDecimal("70"), "GOV-2",
                new BigDecimal("30")));
        // SEI-04.01 lies within the leading sector SEI-04; foreignInvestment is false
        assertThat(started.flags()).containsExactly(Multiplier.LEADING_INDUSTRY);
    }

    @Test
    void the_conversion_example_reads_intended_investment_company_tags_and_target_park() throws Exception {
        ObjectNode example = (ObjectNode) json.readTree(EventContract.example("zhaoshang.lead.converted.v1"));
        ScorableFact plain = FactScoring.of("zhaoshang.lead.converted.v1", example, FactScoring.LeadingIndustries.NONE)
                .orElseThrow();
        assertThat(plain.amountCny()).isEqualByComparingTo("1200000000.00");
        assertThat(plain.flags()).isEmpty(); // a specialised SME, Chinese, in a park scoring does not know
        assertThat(plain.ownerTeam()).isEqualTo("TEAM-A");
        assertThat(plain.shares()).containsOnlyKeys("TEAM-A", "TEAM-B");

        example.putArray("companyTags").add("FORTUNE_GLOBAL_500").add("CENTRAL_SOE");
        example.put("companyCountry", "DE");
        assertThat(FactScoring.of("zhaoshang.lead.converted.v1", example, park -> List.of("SEI-04.01")).orElseThrow()
                .flags()).containsExactlyInAnyOrder(Multiplier.LEADING_INDUSTRY, Multiplier.FORTUNE_GLOBAL_500,
                        Multiplier.CENTRAL_SOE, Multiplier.FOREIGN_INVESTMENT);
    }

    @Test
    void a_missing_optional_field_is_not_known_and_adds_nothing() throws Exception {
        ScorableFact bare = scored("zhaoshang.project.stage-changed.v1", "{\"to\": \"SIGNED\", \"foreignInvestment\": null}")
                .orElseThrow();
        assertThat(bare.amountCny()).isNull();
        assertThat(bare.flags()).isEmpty();
        assertThat(bare.ownerTeam()).isNull();
        assertThat(FactScoring.leading(null, "SEI-04.01", park -> List.of("SEI-04.01"))).isFalse();
        assertThat(FactScoring.leading(BIO_PARK, "SEI-041", park -> List.of("SEI-04"))).isFalse();
    }

    @Test
    void shares_count_only_when_they_add_up_to_100() throws Exception {
        assertThat(FactScoring.shares(json.readTree("{\"GOV-1\": 60, \"GOV-2\": 30}"))).isEmpty();
        assertThat(FactScoring.shares(json.readTree("{\"GOV-1\": 60, \"GOV-2\": \"40\"}"))).isEmpty();
        assertThat(FactScoring.shares(json.readTree("{\"GOV-1\": 60, \"GOV-2\": 40}"))).hasSize(2);
    }

    @Test
    void the_follow_up_example_scores_by_its_kind_for_the_logging_team_and_the_administration_s_for_nobody() throws Exception {
        ScorableFact event = scored("zhaoshang.follow-up.logged.v1", EventContract.example("zhaoshang.follow-up.logged.v1"))
                .orElseThrow();
        assertThat(event.followUpKind()).isEqualTo(FollowUpKind.PROMOTION_EVENT);
        assertThat(event.ownerTeam()).isEqualTo("GOV-1");
        assertThat(scored("zhaoshang.follow-up.logged.v1", "{\"kind\": \"CALL\", \"team\": null}").orElseThrow().ownerTeam())
                .isNull();
    }

    @Test
    void a_lead_registered_earns_for_the_team_that_reported_it() throws Exception {
        ScorableFact lead = scored("zhaoshang.lead.registered.v1", EventContract.example("zhaoshang.lead.registered.v1"))
                .orElseThrow();
        assertThat(lead.ownerTeam()).isEqualTo("GOV-1");
        assertThat(lead.reference()).isEqualTo("XS-2026-000123");
        assertThat(scored("zhaoshang.lead.registered.v1", "{\"code\": \"XS-2026-000124\", \"ownerTeam\": null,"
                + " \"reportedTeam\": null}").orElseThrow().ownerTeam()).isNull();
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

    private Optional<ScorableFact> scored(String type, String data) throws Exception {
        return FactScoring.of(type, json.readTree(data), FactScoring.LeadingIndustries.NONE);
    }

    private FactKind kind(String type, String data) throws Exception {
        JsonNode node = json.readTree(data);
        return FactScoring.of(type, node, FactScoring.LeadingIndustries.NONE).orElseThrow().kind();
    }
}
