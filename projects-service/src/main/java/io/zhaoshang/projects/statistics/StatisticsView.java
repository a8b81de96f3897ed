package io.zhaoshang.projects.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a statistics question: one group per combination of the dimensions' values found. */
@Schema(name = "Statistics")
public record StatisticsView(
        @Schema(description = "The dimensions grouped by, in the order asked.", examples = "[\"stage\"]")
        List<String> groupBy,
        @Schema(description = "The period length when grouped by period; null otherwise.") PeriodUnit period,
        @Schema(description = "First day of the window (Asia/Shanghai); null without a window.") LocalDate from,
        @Schema(description = "Last day of the window, included.") LocalDate to,
        @Schema(description = "First day of the same window a year before, the year-on-year comparison.")
        LocalDate previousFrom,
        @Schema(description = "Last day of the window a year before, included.") LocalDate previousTo,
        @Schema(description = "The groups in the order of their keys; a single group with an empty key when not "
                + "grouped.") List<Group> groups) {

    @Schema(name = "StatisticsGroup")
    public record Group(
            @Schema(description = "The group's value of each dimension: a stage or tier code, a park id, an industry "
                    + "code, a team code, a period (2026, 2026-Q1, 2026-03). A null park is projects without one.",
                    examples = "{\"stage\": \"NEGOTIATING\"}")
            Map<String, String> key,
            @Schema(description = "Names to show for the key: 在谈, 10亿元以上, the park's, team's or industry's name, "
                    + "2026年第1季度.", examples = "{\"stage\": \"在谈\"}")
            Map<String, String> labels,
            @Schema(description = "The figures of the window (or of all projects as they stand, without a window).")
            Measures current,
            @Schema(description = "The same figures for the window a year before; null without a window.")
            Measures previousYear,
            @Schema(description = "Change from previousYear to current in percent; null without a window.")
            Measures.Change yearOnYear) {
    }
}
