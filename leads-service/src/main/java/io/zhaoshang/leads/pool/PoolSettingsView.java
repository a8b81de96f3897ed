package io.zhaoshang.leads.pool;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PoolSettings", description = "The pool rules of the zone; the defaults until an administrator sets them.")
public record PoolSettingsView(String zone, int protectionDays, int maxLeadsPerTeam, int reclaimCooldownDays,
        @Schema(description = "Version, also the ETag; 0 while the zone has the defaults.") long version,
        @Schema(description = "When they were last set; null for the defaults.") Instant updatedAt,
        String updatedBy) {
}
