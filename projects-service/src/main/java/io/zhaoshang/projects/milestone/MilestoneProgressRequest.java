package io.zhaoshang.projects.milestone;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Progress of one milestone, as the owner department reports it. */
@Schema(name = "MilestoneProgress", description = "The status a milestone moves to, as of a day.")
public record MilestoneProgressRequest(
        @Schema(description = "IN_PROGRESS, DONE, WAIVED_PENDING_DOCS (容缺: needs documentsDueOn) or BLOCKED "
                + "(needs reason). A milestone with predecessors starts, is done or waived only when every "
                + "predecessor is DONE or WAIVED_PENDING_DOCS.")
        @NotNull MilestoneStatus status,
        @Schema(description = "The day it happened, in the zone: not in the future, not before the project.",
                examples = "2026-11-20")
        @NotNull LocalDate date,
        @Schema(description = "What was done, in words.", examples = "环评批复已取得")
        @Size(max = 1000) String note,
        @Schema(description = "容缺办理: the day the missing documents are due; required for WAIVED_PENDING_DOCS, "
                + "not before date.", examples = "2026-12-31")
        LocalDate documentsDueOn,
        @Schema(description = "Why the milestone is BLOCKED.", examples = "征地补偿安置协议未签订")
        @Size(max = 1000) String reason) {
}
