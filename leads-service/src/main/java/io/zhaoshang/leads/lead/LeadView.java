package io.zhaoshang.leads.lead;

import io.zhaoshang.leads.timer.DueTimer;
import io.zhaoshang.platform.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead as the API shows it. */
@Schema(name = "Lead")
public record LeadView(UUID id, String zone,
        @Schema(description = "Short code people quote.", examples = "XS-2026-000123") String code,
        UUID companyId, String title, String industryCode, ChainRole chainRole, SourceChannel sourceChannel,
        String sourceDetail, Money intendedInvestment,
        @Schema(description = "Land needed in mu (亩).") BigDecimal landMu,
        Integer expectedJobs, Money expectedOutput, Money expectedTax, UUID targetParkId,
        @Schema(description = "Without a targetParkId: the park suggested for the lead (意向园区建议), the zone's open "
                + "park whose leading industries (主导产业) best meet its industry, ranked as parks-service's industry "
                + "map ranks (the industry itself, then a category it belongs to, then a sub-category; then earlier "
                + "in the park's list; then the park code). Only a suggestion: the target stays unset until a change "
                + "sets it. Null when a target is set or no open park wants the industry. Given by the report, "
                + "`GET /leads`, `GET /leads/{id}` and `PUT /leads/{id}`, null in the answers of other changes.")
        UUID suggestedParkId,
        LeadStatus status,
        @Schema(description = "Why the lead was lost; only for LOST.") String lostReason,
        Pool pool,
        @Schema(description = "Code of the team that holds the lead; null in the public pool.") String ownerTeam,
        @Schema(description = "Until when the owner team holds it; then it is recycled to the public pool unless a "
                + "follow-up renewed it. Null in the public pool.") Instant protectedUntil,
        @Schema(description = "Team of whoever reported it first (首报); null for the administration.") String reportedTeam,
        @Schema(description = "The team that held it before it was released or recycled.") String previousOwnerTeam,
        @Schema(description = "Until when previousOwnerTeam may not claim it again.") Instant reclaimBlockedUntil,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
        @Schema(description = "The service timers (线索办理时限) of the lead that are overdue, each with the time it fell "
                + "due (overdue since then); empty when none is. Given by `GET /leads` and `GET /leads/{id}`, null in "
                + "the answers of changes.")
        List<DueTimer> overdueTimers,
        @Schema(description = "The conversion into a project; null until the lead is converted.")
        LeadConversionView conversion) {

    public static LeadView of(Lead lead) {
        return of(lead, null);
    }

    public static LeadView of(Lead lead, List<DueTimer> overdueTimers) {
        return of(lead, overdueTimers, null);
    }

    public static LeadView of(Lead lead, List<DueTimer> overdueTimers, UUID suggestedParkId) {
        return new LeadView(lead.id, lead.zone, lead.code, lead.companyId, lead.title, lead.industryCode,
                lead.chainRole, lead.sourceChannel, lead.sourceDetail, lead.intendedInvestment, lead.landMu,
                lead.expectedJobs, lead.expectedOutput, lead.expectedTax, lead.targetParkId, suggestedParkId,
                lead.status,
                lead.lostReason, lead.pool(), lead.ownerTeam, lead.protectedUntil, lead.reportedTeam,
                lead.previousOwnerTeam, lead.reclaimBlockedUntil, lead.version, lead.createdAt, lead.createdBy,
                lead.updatedAt, lead.updatedBy, overdueTimers, LeadConversionView.of(lead));
    }
}
