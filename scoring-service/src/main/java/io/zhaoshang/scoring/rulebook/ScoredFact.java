package io.zhaoshang.scoring.rulebook;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What the rules need to know of one fact to score it for one team.
 *
 * @param kind what happened
 * @param followUpKind the kind of follow-up, for {@link FactKind#FOLLOW_UP} only
 * @param reference how a person finds the fact again: a project code (ZS-2026-000123), a company name
 * @param amountCny in CNY, or null: the total investment of a project, the intended investment of a converted
 *        lead, the capital arrived (which amount each kind reads: {@code ledger.FactScoring})
 * @param sharePercent the team's share of the credit, 0 to 100 (null: 100, the whole credit)
 * @param flags what the multipliers look at
 */
public record ScoredFact(FactKind kind, FollowUpKind followUpKind, String reference, BigDecimal amountCny,
        BigDecimal sharePercent, Set<Multiplier> flags) {

    public ScoredFact {
        if ((kind == FactKind.FOLLOW_UP) != (followUpKind != null)) {
            throw new IllegalArgumentException("a follow-up kind goes with FOLLOW_UP and only with it: " + kind);
        }
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    public static ScoredFact of(FactKind kind, String reference) {
        return new ScoredFact(kind, null, reference, null, null, Set.of());
    }

    public static ScoredFact of(FactKind kind, String reference, String amountCny) {
        return new ScoredFact(kind, null, reference, new BigDecimal(amountCny), null, Set.of());
    }

    public ScoredFact withShare(String percent) {
        return new ScoredFact(kind, followUpKind, reference, amountCny, new BigDecimal(percent), flags);
    }

    public ScoredFact withFlags(Multiplier... flags) {
        return new ScoredFact(kind, followUpKind, reference, amountCny, sharePercent, Set.of(flags));
    }
}
