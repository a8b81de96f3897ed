package io.zhaoshang.scoring.period;

import io.zhaoshang.platform.persistence.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** The recorded state of one period of a zone; a period without a row is open. */
@Entity
@Table(name = "period_state")
public class PeriodState extends Aggregate {

    @Column(nullable = false, updatable = false)
    public String zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PeriodKind kind;

    @Column(name = "period_key", nullable = false, updatable = false)
    public String key;

    @Column(name = "starts_at", nullable = false, updatable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PeriodStatus status;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    static PeriodState closed(String zone, Period period, Instant at, String by) {
        PeriodState state = new PeriodState();
        state.zone = zone;
        state.kind = period.kind();
        state.key = period.key();
        state.startsAt = period.start();
        state.endsAt = period.end();
        state.status = PeriodStatus.CLOSED;
        state.closedAt = at;
        state.closedBy = by;
        state.changedBy(by);
        return state;
    }

    public static Optional<PeriodState> find(String zone, PeriodKind kind, String key) {
        return find("zone = ?1 and kind = ?2 and key = ?3", zone, kind, key).firstResultOptional();
    }

    /** The closed period of the zone that ends last after the instant, if any: what a change from then on would rewrite. */
    public static Optional<PeriodState> closedEndingAfter(String zone, Instant instant) {
        return find("zone = ?1 and status = ?2 and endsAt > ?3 order by endsAt desc, kind", zone, PeriodStatus.CLOSED,
                instant).firstResultOptional();
    }
}
