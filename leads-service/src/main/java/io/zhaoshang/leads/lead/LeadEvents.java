package io.zhaoshang.leads.lead;

import io.zhaoshang.platform.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The events a lead publishes (contract: docs/events/), key = lead id. Every data carries the zone,
 * the lead's and company's ids, the owner team (null in the public pool) and the lead's version.
 */
public final class LeadEvents {

    public static final String AGGREGATE = "lead";
    public static final String REGISTERED = "zhaoshang.lead.registered.v1";
    public static final String CLAIMED = "zhaoshang.lead.claimed.v1";
    public static final String RELEASED = "zhaoshang.lead.released.v1";
    public static final String RECYCLED = "zhaoshang.lead.recycled.v1";
    public static final String STATUS_CHANGED = "zhaoshang.lead.status-changed.v1";

    private LeadEvents() {
    }

    /** A lead was reported: the whole lead. */
    record RegisteredData(UUID leadId, String zone, String code, UUID companyId, String title, String industryCode,
            ChainRole chainRole, SourceChannel sourceChannel, String sourceDetail, Money intendedInvestment,
            BigDecimal landMu, Integer expectedJobs, Money expectedOutput, Money expectedTax, UUID targetParkId,
            LeadStatus status, String ownerTeam, String reportedTeam, Instant protectedUntil, String reportedBy,
            Instant reportedAt, long version) {

        static RegisteredData of(Lead lead) {
            return new RegisteredData(lead.id, lead.zone, lead.code, lead.companyId, lead.title, lead.industryCode,
                    lead.chainRole, lead.sourceChannel, lead.sourceDetail, lead.intendedInvestment, lead.landMu,
                    lead.expectedJobs, lead.expectedOutput, lead.expectedTax, lead.targetParkId, lead.status,
                    lead.ownerTeam, lead.reportedTeam, lead.protectedUntil, lead.createdBy, lead.createdAt,
                    lead.version);
        }
    }

    /** A team claimed the lead from the public pool. */
    public record ClaimedData(UUID leadId, String zone, UUID companyId, String ownerTeam, String claimedBy,
            Instant protectedUntil, long version) {

        public static ClaimedData of(Lead lead) {
            return new ClaimedData(lead.id, lead.zone, lead.companyId, lead.ownerTeam, lead.updatedBy,
                    lead.protectedUntil, lead.version);
        }
    }

    /** The lead went back to the public pool: released by someone, or recycled when its protection ran out. */
    public record ReturnedData(UUID leadId, String zone, UUID companyId, String ownerTeam, String previousOwnerTeam,
            String by, Instant reclaimBlockedUntil, long version) {

        public static ReturnedData of(Lead lead) {
            return new ReturnedData(lead.id, lead.zone, lead.companyId, lead.ownerTeam, lead.previousOwnerTeam,
                    lead.updatedBy, lead.reclaimBlockedUntil, lead.version);
        }
    }

    /** The lead's status changed; {@code projectId} names the project of a CONVERTED lead. */
    public record StatusChangedData(UUID leadId, String zone, UUID companyId, String ownerTeam,
            LeadStatus previousStatus, LeadStatus status, String reason, String changedBy, UUID projectId,
            long version) {

        public static StatusChangedData of(Lead lead, LeadStatus previous, String reason) {
            return new StatusChangedData(lead.id, lead.zone, lead.companyId, lead.ownerTeam, previous, lead.status,
                    reason, lead.updatedBy, lead.projectId, lead.version);
        }
    }
}
