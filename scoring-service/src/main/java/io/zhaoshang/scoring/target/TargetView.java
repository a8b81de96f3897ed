package io.zhaoshang.scoring.target;

import io.zhaoshang.platform.value.Money;
import io.zhaoshang.scoring.period.PeriodKind;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team's targets for a period as the API shows them. */
@Schema(name = "Target")
public record TargetView(UUID id, UUID teamId, PeriodKind periodKind,
        @Schema(examples = "2026-11") String periodKey,
        Money signedAmount, int projectsStarted, int leadsCollected, int followUps,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static TargetView of(Target target) {
        return new TargetView(target.id, target.teamId, target.periodKind, target.periodKey,
                Money.cny(target.signedAmount), target.projectsStarted, target.leadsCollected, target.followUps,
                target.version, target.createdAt, target.createdBy, target.updatedAt, target.updatedBy);
    }
}
