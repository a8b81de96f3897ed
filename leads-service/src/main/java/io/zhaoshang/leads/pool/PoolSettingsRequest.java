package io.zhaoshang.leads.pool;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PoolSettingsRequest", description = "The pool rules of the zone (公海/私海规则).")
public record PoolSettingsRequest(
        @Schema(description = "Days a claim or report protects a lead for its team (保护期); a follow-up renews it.",
                examples = "90", required = true)
        @NotNull @Min(1) @Max(3650) Integer protectionDays,
        @Schema(description = "Most active leads a team may hold at once (私海上限); claims beyond it are refused.",
                examples = "200", required = true)
        @NotNull @Min(1) @Max(100000) Integer maxLeadsPerTeam,
        @Schema(description = "Days a team that released a lead or had it recycled waits before claiming it again "
                + "(回收冷却期).", examples = "30", required = true)
        @NotNull @Min(0) @Max(3650) Integer reclaimCooldownDays) {

    PoolPolicy policy() {
        return new PoolPolicy(protectionDays, maxLeadsPerTeam, reclaimCooldownDays);
    }
}
