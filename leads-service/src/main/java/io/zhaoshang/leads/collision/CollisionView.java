package io.zhaoshang.leads.collision;

import io.zhaoshang.leads.lead.LeadRequest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Collision", description = "A second report of a company with an active lead (撞单).")
public record CollisionView(UUID id, String zone,
        @Schema(description = "The lead reported first; null when the company has an active project instead.")
        UUID leadId,
        @Schema(description = "The active project of the company the report collided with, instead of a lead.")
        UUID projectId,
        UUID companyId,
        @Schema(description = "Who held the lead when the second report came; null for the public pool.") String ownerTeam,
        @Schema(description = "When the lead was reported first.") Instant leadReportedAt,
        @Schema(description = "Who reported it second (token subject).") String reportedBy,
        @Schema(description = "Their team; null for the administration or an integration.") String reporterTeam,
        @Schema(description = "When they reported it.") Instant reportedAt,
        @Schema(description = "What they brought: the lead as they reported it.") LeadRequest proposal,
        CollisionStatus status, Decision decision,
        @Schema(description = "Percent of the credit per team code, for SHARE.") Map<String, Integer> shares,
        String note, Instant adjudicatedAt, String adjudicatedBy, long version) {

    static CollisionView of(Collision collision) {
        return new CollisionView(collision.id, collision.zone, collision.leadId, collision.projectId,
                collision.companyId,
                collision.ownerTeam, collision.leadReportedAt, collision.createdBy, collision.reporterTeam,
                collision.createdAt, collision.proposal, collision.status, collision.decision, collision.shares,
                collision.note, collision.adjudicatedAt, collision.adjudicatedBy, collision.version);
    }
}
