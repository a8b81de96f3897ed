package io.zhaoshang.projects.stage;

import io.zhaoshang.projects.project.ProjectStage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move of a project to another stage, as the team or the administration states it. */
@Schema(name = "StageTransitionRequest", description = "The stage to move to and what the move rests on.")
public record StageTransitionRequest(
        @Schema(required = true, description = "Stage to move to.") @NotNull ProjectStage to,
        @Schema(required = true, description = "Day the change took effect: not in the future, not before the project "
                + "existed nor before it entered its current stage.", examples = "2026-05-18")
        @NotNull LocalDate date,
        @Schema(description = "Why; required for ON_HOLD and ABANDONED.", examples = "企业融资未到位，暂缓推进")
        @Size(max = 500) String reason,
        @Schema(description = "Documents the change rests on.")
        @Size(max = 50) List<@Valid @NotNull DocumentReference> documents,
        @Schema(description = "The agreement: required to enter SIGNED, refused otherwise.")
        @Valid AgreementRequest agreement,
        @Schema(description = "A waiver of reserved land: only to enter UNDER_CONSTRUCTION with a land need.")
        @Valid LandWaiverRequest landWaiver) {

    public List<DocumentReference> documentsOrNone() {
        return documents == null ? List.of() : documents;
    }
}
