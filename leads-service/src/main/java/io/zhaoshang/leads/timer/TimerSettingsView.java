package io.zhaoshang.leads.timer;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimerSettings", description = "The service timers of the zone; the defaults until an administrator "
        + "sets them.")
public record TimerSettingsView(String zone, int respondDays, int assessDays, int majorAssessDays, int feedbackDays,
        int progressDays,
        @Schema(description = "Version, also the ETag; 0 while the zone has the defaults.") long version,
        @Schema(description = "When they were last set; null for the defaults.") Instant updatedAt,
        String updatedBy) {

    static TimerSettingsView of(String zone, ServiceTimers timers, long version, Instant updatedAt, String updatedBy) {
        return new TimerSettingsView(zone, timers.respondDays(), timers.assessDays(), timers.majorAssessDays(),
                timers.feedbackDays(), timers.progressDays(), version, updatedAt, updatedBy);
    }
}
