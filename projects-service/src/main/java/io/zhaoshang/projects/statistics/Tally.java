package io.zhaoshang.projects.statistics;

import io.zhaoshang.platform.value.Money;
import java.math.BigDecimal;

/** The figures of one group and window as the queries bring them in, one family of measures at a time. */
final class Tally {

    long projects;
    BigDecimal totalInvestment = BigDecimal.ZERO;
    BigDecimal fixedAssetInvestment = BigDecimal.ZERO;
    long projectsOf1BillionOrMore;
    long projectsOf100MillionOrMore;
    long signedProjects;
    BigDecimal signedTotalInvestment = BigDecimal.ZERO;
    BigDecimal signedAmount = BigDecimal.ZERO;
    BigDecimal capitalArrived = BigDecimal.ZERO;

    Measures measures() {
        return new Measures(projects, Money.cny(totalInvestment), Money.cny(fixedAssetInvestment),
                projectsOf1BillionOrMore, projectsOf100MillionOrMore, signedProjects, Money.cny(signedTotalInvestment),
                Money.cny(signedAmount), Money.cny(capitalArrived));
    }
}
