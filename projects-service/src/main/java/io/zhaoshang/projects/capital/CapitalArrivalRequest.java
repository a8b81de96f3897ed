package io.zhaoshang.projects.capital;

import io.zhaoshang.platform.value.Money;
import io.zhaoshang.platform.value.ValidMoney;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An instalment of capital (到资) that reached a signed project, as the team or the administration reports it. */
@Schema(name = "CapitalArrivalRequest", description = "Money that arrived for the project: when, how much, from where.")
public record CapitalArrivalRequest(
        @Schema(required = true, description = "Day the money arrived, in the zone: not in the future, not before "
                + "the project existed.", examples = "2026-11-10")
        @NotNull LocalDate date,
        @Schema(required = true, description = "How much arrived; more than zero.")
        @NotNull @ValidMoney Money amount,
        @Schema(required = true, description = "Where the money came from.", examples = "企业自有资金")
        @NotBlank @Size(max = 200) String source,
        @Schema(description = "Set to record an instalment that brings capital arrived past 3 × the signed amount; "
                + "needs overrideReason.")
        boolean override,
        @Schema(description = "Why arrivals go past 3 × the signed amount; only with override.",
                examples = "追加投资，补充协议待签")
        @Size(max = 500) String overrideReason) {
}
