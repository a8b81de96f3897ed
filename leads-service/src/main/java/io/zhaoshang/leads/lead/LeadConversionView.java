package io.zhaoshang.leads.lead;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The conversion of a lead (线索转化) as the API shows it. */
@Schema(name = "LeadConversion", description = "The conversion of the lead into a project (线索转化).")
public record LeadConversionView(
        @Schema(description = "When the owner team or the administration converted it.") Instant requestedAt,
        @Schema(description = "Who converted it (token subject).") String requestedBy,
        @Schema(description = "The credit split sent with it: percent per team code.") Map<String, Integer> teamShares,
        @Schema(description = "The project made of it; null until projects-service announced it (then CONVERTED).")
        UUID projectId,
        @Schema(description = "When the project was announced.") Instant convertedAt,
        @Schema(description = "Whether its project was ABANDONED (终止).") boolean projectAbandoned,
        Instant projectAbandonedAt) {

    /** Null for a lead never converted. */
    static LeadConversionView of(Lead lead) {
        if (lead.conversionRequestedAt == null && lead.projectId == null) {
            return null;
        }
        return new LeadConversionView(lead.conversionRequestedAt, lead.conversionRequestedBy, lead.teamShares,
                lead.projectId, lead.convertedAt, lead.projectAbandonedAt != null, lead.projectAbandonedAt);
    }
}
