package io.zhaoshang.projects.statistics;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.zhaoshang.platform.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of one group over one window. Each measure counts by its own date: a project by the
 * day it was created (新增), a signing by its agreement date (签约), capital by the instalment's date
 * (到资). Without a window every project counts, as it stands now. Amounts in CNY; under a team the
 * team's share of each amount (业绩分成).
 */
@Schema(name = "StatisticsMeasures")
public record Measures(
        @Schema(description = "Projects created in the window (all projects without one) 项目数.")
        long projects,
        @Schema(description = "Their total investment 总投资.") Money totalInvestment,
        @Schema(description = "Their fixed-asset investment 固定资产投资.") Money fixedAssetInvestment,
        @Schema(description = "Of them, projects of 1,000,000,000 CNY or more (MAJOR) 10亿元以上项目.")
        long projectsOf1BillionOrMore,
        @Schema(description = "Of them, projects of 100,000,000 CNY or more (MAJOR and KEY) 亿元以上项目.")
        long projectsOf100MillionOrMore,
        @Schema(description = "Projects whose agreement was signed in the window (all signed projects without one) "
                + "签约项目数.") long signedProjects,
        @Schema(description = "Total investment of the signed projects 签约项目总投资.") Money signedTotalInvestment,
        @Schema(description = "Their signed amount 签约金额.") Money signedAmount,
        @Schema(description = "Capital arrived in the window (all without one) 到资.") Money capitalArrived) {

    /** The change from {@code previous} to {@code current} in percent, two decimals; null when previous is zero. */
    static BigDecimal changePercent(BigDecimal current, BigDecimal previous) {
        if (previous.signum() == 0) {
            return null;
        }
        return current.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous, 2, RoundingMode.HALF_UP);
    }

    /** Year-on-year change (同比) of each measure in percent, null where the year before had nothing. */
    @Schema(name = "StatisticsYearOnYear", description = "Change from the same window a year before (同比), in "
            + "percent with two decimals as a decimal string (\"39.13\" is +39.13%); null where the year before was 0.")
    public record Change(
            @JsonSerialize(using = Money.DecimalString.class) @Schema(type = SchemaType.STRING, examples = "39.13")
            BigDecimal projects,
            @JsonSerialize(using = Money.DecimalString.class) @Schema(type = SchemaType.STRING)
            BigDecimal totalInvestment,
            @JsonSerialize(using = Money.DecimalString.class) @Schema(type = SchemaType.STRING)
            BigDecimal fixedAssetInvestment,
            @JsonSerialize(using = Money.DecimalString.class) @Schema(type = SchemaType.STRING)
            BigDecimal signedProjects,
            @JsonSerialize(using = Money.DecimalString.class) @Schema(type = SchemaType.STRING)
            BigDecimal signedTotalInvestment,
            @JsonSerialize(using = Money.DecimalString.class) @Schema(type = SchemaType.STRING)
            BigDecimal signedAmount,
            @JsonSerialize(using = Money.DecimalString.class) @Schema(type = SchemaType.STRING)
            BigDecimal capitalArrived) {

        static Change of(Measures current, Measures previous) {
            return new Change(
                    changePercent(BigDecimal.valueOf(current.projects), BigDecimal.valueOf(previous.projects)),
                    changePercent(current.totalInvestment.amount(), previous.totalInvestment.amount()),
                    changePercent(current.fixedAssetInvestment.amount(), previous.fixedAssetInvestment.amount()),
                    changePercent(BigDecimal.valueOf(current.signedProjects), BigDecimal.valueOf(previous.signedProjects)),
                    changePercent(current.signedTotalInvestment.amount(), previous.signedTotalInvestment.amount()),
                    changePercent(current.signedAmount.amount(), previous.signedAmount.amount()),
                    changePercent(current.capitalArrived.amount(), previous.capitalArrived.amount()));
        }
    }
}
