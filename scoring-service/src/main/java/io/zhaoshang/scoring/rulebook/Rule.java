package io.zhaoshang.scoring.rulebook;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.zhaoshang.scoring.period.PeriodKind;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What one kind of fact earns under a rulebook (its JSON form is checked by rulebook.schema.json
 * before it becomes one). Absent parts earn nothing: no amount part, no tier bonus, no multiplier.
 *
 * @param basePoints points for the fact itself; negative only for a penalty kind
 * @param pointsPer100MillionCny points per 100 million CNY (亿元) of the amount
 * @param tierBonuses a bonus for the highest tier the amount reaches (only that one)
 * @param multipliers factors for the fact's flags
 * @param capPerFact at most this many points for one fact
 * @param capPerPeriod at most this many points (for a penalty: deducted) for all facts of the kind in a period
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rule(
        BigDecimal basePoints,
        BigDecimal pointsPer100MillionCny,
        Map<Tier, BigDecimal> tierBonuses,
        Map<Multiplier, BigDecimal> multipliers,
        BigDecimal capPerFact,
        PeriodCap capPerPeriod) {

    public Rule {
        tierBonuses = tierBonuses == null ? Map.of() : Map.copyOf(tierBonuses);
        multipliers = multipliers == null ? Map.of() : Map.copyOf(multipliers);
    }

    public static Rule base(String points) {
        return new Rule(new BigDecimal(points), null, null, null, null, null);
    }

    /** A limit on the points of one kind of fact per period of the given kind, e.g. 30 points a month. */
    public record PeriodCap(PeriodKind period, BigDecimal points) {
    }
}
