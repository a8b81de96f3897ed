package io.zhaoshang.leads.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowUp", description = "A follow-up record (跟进记录).")
public record FollowUpView(UUID id, String zone, FollowUpKind kind, List<UUID> leadIds,
        @Schema(description = "The day it happened (zone time).") LocalDate date,
        List<String> participants, String summary, String nextStep,
        @Schema(description = "Code of the team that logged it; null for the administration.") String team,
        long version,
        @Schema(description = "When it was logged.") Instant createdAt,
        String createdBy) {

    static FollowUpView of(FollowUp followUp) {
        return new FollowUpView(followUp.id, followUp.zone, followUp.kind, List.copyOf(followUp.leadIds),
                followUp.date, List.copyOf(followUp.participants), followUp.summary, followUp.nextStep,
                followUp.team, followUp.version, followUp.createdAt, followUp.createdBy);
    }
}
