package io.zhaoshang.scoring.period;

import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Reads and closes the periods of the caller's zone. */
@ApplicationScoped
public class PeriodService {

    private final Outbox outbox;
    private final Caller caller;
    private final ZoneTimeZones timeZones;
    private final Event<PeriodClosing> closing;

    PeriodService(Outbox outbox, Caller caller, ZoneTimeZones timeZones, Event<PeriodClosing> closing) {
        this.outbox = outbox;
        this.caller = caller;
        this.timeZones = timeZones;
        this.closing = closing;
    }

    /** The period a path names, e.g. {@code MONTH} and {@code 2026-11}, in the caller's zone: 400 when it names none. */
    public Period period(String kind, String key) {
        PeriodKind periodKind = QueryParams.enumValue(PeriodKind.class, "kind", kind)
                .orElseThrow(() -> ProblemException.badRequest("period-required").withError("period", "period-required"));
        return Period.parse(periodKind, key, timeZones.of(caller.zone()));
    }

    public PeriodView get(Period period) {
        return PeriodView.of(period, PeriodState.find(caller.zone(), period.kind(), period.key()).orElse(null));
    }

    /**
     * Closes an ended period of the caller's zone: 409 {@code period-not-ended} for a current or
     * future one, 409 {@code period-already-closed} for a closed one. Replicas closing the same
     * period at once wait for each other on a lock of that period, so only the first closes it.
     */
    @Transactional
    public PeriodView close(Period period, Instant now) {
        String zone = caller.zone();
        if (!period.hasEndedAt(now)) {
            throw ProblemException.conflict("period-not-ended", period.kind().name(), period.key(), period.end());
        }
        PeriodState.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "period:" + zone + ":" + period.kind() + ":" + period.key())
                .getSingleResult();
        PeriodState.find(zone, period.kind(), period.key()).ifPresent(closed -> {
            throw ProblemException.conflict("period-already-closed", period.kind().name(), period.key(), closed.closedAt);
        });
        PeriodState state = PeriodState.closed(zone, period, now, caller.subject());
        state.persistAndFlush();
        // The hook of the ledger: it freezes and publishes the ranking of the period here.
        closing.fire(new PeriodClosing(zone, period));
        outbox.append(PeriodEvents.AGGREGATE, zone, PeriodEvents.CLOSED, PeriodEvents.PeriodClosed.of(state, period));
        return PeriodView.of(period, state);
    }
}
