package io.zhaoshang.projects.capital;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.value.Money;
import io.zhaoshang.projects.project.ProjectStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of an instalment, without Quarkus: the limit is 3 × the signed amount, to the cent. */
class CapitalRulesTest {

    private static final LocalDate CREATED = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 10);
    private static final Money SIGNED = Money.cny("100000000");

    private static CapitalArrivalRequest cny(String amount, boolean override, String reason) {
        return new CapitalArrivalRequest(TODAY, Money.cny(amount), "企业自有资金", override, reason);
    }

    private static void check(ProjectStage stage, Money signed, String arrived, CapitalArrivalRequest request) {
        CapitalRules.check(stage, signed, new BigDecimal(arrived), CREATED, TODAY, request);
    }

    @Test
    void capital_may_reach_exactly_three_times_the_signed_amount() {
        assertThatCode(() -> check(ProjectStage.UNDER_CONSTRUCTION, SIGNED, "200000000.00",
                cny("100000000", false, null))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(ProjectStage.UNDER_CONSTRUCTION, SIGNED, "200000000.00",
                cny("100000000.01", false, null)))
                .isInstanceOf(ProblemException.class).hasMessage("capital-exceeds-signed");
        assertThatCode(() -> check(ProjectStage.UNDER_CONSTRUCTION, SIGNED, "200000000.00",
                cny("100000000.01", true, "追加投资"))).doesNotThrowAnyException();
    }

    @Test
    void a_foreign_instalment_counts_in_cny() {
        CapitalArrivalRequest usd = new CapitalArrivalRequest(TODAY,
                Money.of(new BigDecimal("20000000"), "USD", new BigDecimal("144000000")), "外资股东增资", false, null);
        assertThatThrownBy(() -> check(ProjectStage.SIGNED, SIGNED, "200000000.00", usd))
                .hasMessage("capital-exceeds-signed");
    }

    @Test
    void the_project_must_be_signed_and_not_abandoned_and_the_day_in_range() {
        assertThatThrownBy(() -> check(ProjectStage.NEGOTIATING, null, "0.00", cny("1", false, null)))
                .hasMessage("capital-before-signing");
        assertThatThrownBy(() -> check(ProjectStage.ABANDONED, SIGNED, "0.00", cny("1", false, null)))
                .hasMessage("capital-project-abandoned");
        assertThatCode(() -> check(ProjectStage.ON_HOLD, SIGNED, "0.00", cny("1", false, null)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CapitalRules.check(ProjectStage.SIGNED, SIGNED, BigDecimal.ZERO, CREATED, TODAY,
                new CapitalArrivalRequest(CREATED.minusDays(1), Money.cny("1"), "自有资金", false, null)))
                .hasMessage("date-before-project");
        assertThatThrownBy(() -> CapitalRules.check(ProjectStage.SIGNED, SIGNED, BigDecimal.ZERO, CREATED, TODAY,
                new CapitalArrivalRequest(TODAY.plusDays(1), Money.cny("1"), "自有资金", false, null)))
                .hasMessage("date-in-future");
    }
}
