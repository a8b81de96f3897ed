package io.zhaoshang.leads.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowUpRequest", description = "A follow-up to log (登记跟进记录).")
public record FollowUpRequest(
        @Schema(description = "The leads it was about: one, or several for a promotion event (推介会) that met "
                + "several companies. Each held by the caller's team.", required = true)
        @NotNull @Size(min = 1, max = 50) List<@NotNull UUID> leadIds,
        @Schema(required = true) @NotNull FollowUpKind kind,
        @Schema(description = "The day it happened (zone time, Asia/Shanghai): not in the future, not before the "
                + "lead was reported.", examples = "2026-03-18", required = true)
        @NotNull LocalDate date,
        @Schema(description = "Who took part (参与人员): the zone's people and the company's.",
                examples = "[\"张伟\", \"李娜（企业投资总监）\"]", required = true)
        @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 100) String> participants,
        @Schema(description = "What was discussed and learnt (跟进情况).", examples = "赴深圳总部洽谈，企业确认华东基地选址意向。",
                required = true)
        @NotBlank @Size(max = 4000) String summary,
        @Schema(description = "What happens next (下一步计划).", examples = "4月上旬邀请企业来园区实地考察。")
        @Size(max = 1000) String nextStep) {
}
