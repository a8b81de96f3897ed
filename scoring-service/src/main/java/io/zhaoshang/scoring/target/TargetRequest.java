package io.zhaoshang.scoring.target;

import io.zhaoshang.platform.value.Money;
import io.zhaoshang.platform.value.ValidMoney;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team's targets for one period; none may be negative. */
@Schema(name = "TargetRequest", description = "The targets of a team for one period (目标).")
public record TargetRequest(
        @Schema(description = "Investment to sign (签约额), in CNY.") @NotNull @Valid @ValidMoney Money signedAmount,
        @Schema(description = "Projects to start construction (开工项目数).", examples = "3")
        @NotNull @PositiveOrZero @Max(100000) Integer projectsStarted,
        @Schema(description = "Leads to collect (收集线索数).", examples = "20")
        @NotNull @PositiveOrZero @Max(100000) Integer leadsCollected,
        @Schema(description = "Follow-ups to log: visits, meetings, calls (跟进次数).", examples = "40")
        @NotNull @PositiveOrZero @Max(100000) Integer followUps) {
}
