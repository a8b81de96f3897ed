package io.zhaoshang.scoring.ledger;

import io.zhaoshang.scoring.period.Period;
import io.zhaoshang.scoring.period.PeriodKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The periods a fact counts in: of each kind, the one its occurrence time falls in, in the zone's
 * time zone. When that period is closed the fact is an adjustment: it counts in the period of that
 * kind open now instead, and names the closed one, because a published ranking is never rewritten.
 *
 * @param keys period key by kind
 * @param adjusts the closed periods the fact belonged to, like "MONTH 2026-10"; empty for a plain entry
 */
public record Booking(Map<PeriodKind, String> keys, List<String> adjusts) {

    public Booking {
        keys = Map.copyOf(keys);
        adjusts = List.copyOf(adjusts);
    }

    public static Booking of(Instant occurredAt, Instant now, ZoneId timeZone, Predicate<Period> closed) {
        Map<PeriodKind, String> keys = new EnumMap<>(PeriodKind.class);
        List<String> adjusts = new ArrayList<>();
        for (PeriodKind kind : PeriodKind.values()) {
            Period period = Period.containing(kind, occurredAt, timeZone);
            if (closed.test(period)) {
                adjusts.add(kind + " " + period.key());
                period = Period.containing(kind, now, timeZone);
            }
            keys.put(kind, period.key());
        }
        return new Booking(keys, adjusts);
    }

    /** The booking of entries as stored: the key of each kind of period, and what they adjust ("MONTH 2026-10, ..."). */
    static Booking kept(String week, String month, String quarter, String year, String adjusts) {
        return new Booking(Map.of(PeriodKind.WEEK, week, PeriodKind.MONTH, month, PeriodKind.QUARTER, quarter,
                PeriodKind.YEAR, year), adjusts == null ? List.of() : List.of(adjusts.split(", ")));
    }

    public String key(PeriodKind kind) {
        return keys.get(kind);
    }

    public boolean isAdjustment() {
        return !adjusts.isEmpty();
    }
}
