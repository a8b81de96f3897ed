package io.zhaoshang.scoring.period;

import java.time.Instant;

/** The events of periods (contract: docs/events/). Key and subject = the zone, so a zone's closings stay in order. */
final class PeriodEvents {

    static final String AGGREGATE = "period";
    static final String CLOSED = "zhaoshang.period.closed.v1";

    private PeriodEvents() {
    }

    record PeriodClosed(String zone, PeriodKind kind, String key, Instant start, Instant end, String timeZone,
            Instant closedAt, String closedBy) {

        static PeriodClosed of(PeriodState state, Period period) {
            return new PeriodClosed(state.zone, state.kind, state.key, state.startsAt, state.endsAt,
                    period.timeZone().getId(), state.closedAt, state.closedBy);
        }
    }
}
