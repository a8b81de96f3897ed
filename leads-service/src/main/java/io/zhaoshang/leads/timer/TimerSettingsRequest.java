package io.zhaoshang.leads.timer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimerSettingsRequest", description = "The service timers of the zone (线索办理时限), in days.")
public record TimerSettingsRequest(
        @Schema(description = "Days from the report to name an owner (响应).", examples = "1", required = true)
        @NotNull @Min(1) @Max(365) Integer respondDays,
        @Schema(description = "Days from the report to assess it (研判).", examples = "3", required = true)
        @NotNull @Min(1) @Max(365) Integer assessDays,
        @Schema(description = "Days to assess a major lead (intended investment of 1,000,000,000 CNY or more, "
                + "10亿元以上).", examples = "7", required = true)
        @NotNull @Min(1) @Max(365) Integer majorAssessDays,
        @Schema(description = "Days from the report to the first follow-up (反馈).", examples = "7", required = true)
        @NotNull @Min(1) @Max(365) Integer feedbackDays,
        @Schema(description = "Most days between follow-ups (进展报告).", examples = "14", required = true)
        @NotNull @Min(1) @Max(365) Integer progressDays) {

    ServiceTimers timers() {
        return new ServiceTimers(respondDays, assessDays, majorAssessDays, feedbackDays, progressDays);
    }
}
