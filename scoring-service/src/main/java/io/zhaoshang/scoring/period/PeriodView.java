package io.zhaoshang.scoring.period;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A period of the caller's zone as the API shows it. */
@Schema(name = "Period")
public record PeriodView(
        PeriodKind kind,
        @Schema(examples = "2026-11") String key,
        @Schema(description = "Time zone the boundaries are cut in.", examples = "Asia/Shanghai") String timeZone,
        @Schema(description = "First day, in the zone.") LocalDate firstDay,
        @Schema(description = "Last day, in the zone.") LocalDate lastDay,
        @Schema(description = "Midnight of the first day in the zone (inclusive).", examples = "2026-10-31T16:00:00Z")
        Instant start,
        @Schema(description = "Midnight after the last day in the zone (exclusive).", examples = "2026-11-30T16:00:00Z")
        Instant end,
        PeriodStatus status,
        Instant closedAt,
        @Schema(description = "Subject of whoever closed it; system:period-closer for the scheduled closing.")
        String closedBy) {

    static PeriodView of(Period period, PeriodState state) {
        return new PeriodView(period.kind(), period.key(), period.timeZone().getId(), period.firstDay(),
                period.lastDay(), period.start(), period.end(), state == null ? PeriodStatus.OPEN : state.status,
                state == null ? null : state.closedAt, state == null ? null : state.closedBy);
    }
}
