package io.zhaoshang.leads.lead;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChangeRequest", description = "The status a lead moves to (线索状态变更).")
public record StatusChangeRequest(
        @Schema(required = true) @NotNull LeadStatus status,
        @Schema(description = "Why; required for LOST (流失原因).", examples = "已落户其他城市")
        @Size(max = 500) String reason) {
}
