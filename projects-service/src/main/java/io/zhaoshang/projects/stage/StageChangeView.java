package io.zhaoshang.projects.stage;

import io.zhaoshang.projects.project.ProjectStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the stage history as the API shows it. */
@Schema(name = "StageChange", description = "A stage the project entered: who, when, why, on which documents.")
public record StageChangeView(
        UUID id,
        @Schema(description = "Stage left; null for the creation of the project.") ProjectStage from,
        ProjectStage to,
        @Schema(description = "Day the change took effect, in the zone.", examples = "2026-05-18") LocalDate date,
        @Schema(description = "Why, as stated.") String reason,
        List<DocumentReference> documents,
        @Schema(description = "The agreement of a signing.") AgreementRequest agreement,
        @Schema(description = "The waiver of reserved land of a construction start.") LandWaiverRequest landWaiver,
        @Schema(description = "Who made the change (the token's subject).") String changedBy,
        @Schema(description = "When the change was recorded.") Instant changedAt) {

    static StageChangeView of(StageChange change) {
        return new StageChangeView(change.id, change.from, change.to, change.effectiveDate, change.reason,
                change.documents, change.agreement, change.landWaiver, change.changedBy, change.changedAt);
    }

    /** The whole history, oldest first. */
    @Schema(name = "StageHistory", description = "Every stage change of a project, oldest first, from its creation on.")
    public record History(List<StageChangeView> items) {
    }
}
