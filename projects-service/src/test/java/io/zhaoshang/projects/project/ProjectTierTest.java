package io.zhaoshang.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhaoshang.platform.value.Money;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 亿元以上 and 10亿元以上: the tier follows the investment in CNY, boundaries included. */
class ProjectTierTest {

    @ParameterizedTest
    @CsvSource({
        "0.00, REGULAR",
        "99999999.99, REGULAR",
        "100000000.00, KEY",
        "100000000, KEY",
        "999999999.99, KEY",
        "1000000000.00, MAJOR",
        "28600000000.00, MAJOR"
    })
    void a_cny_amount(String amount, ProjectTier tier) {
        assertThat(ProjectTier.of(Money.cny(amount))).isEqualTo(tier);
    }

    @ParameterizedTest
    @CsvSource({
        "13888888.88, 99999999.99, REGULAR",
        "13888888.89, 100000000.00, KEY",
        "138888888.88, 999999999.99, KEY",
        "138888888.89, 1000000000.00, MAJOR"
    })
    void a_foreign_amount_counts_by_its_cny_equivalent(String usd, String cny, ProjectTier tier) {
        Money investment = Money.of(new BigDecimal(usd), "USD", new BigDecimal(cny));
        assertThat(ProjectTier.of(investment)).isEqualTo(tier);
    }
}
