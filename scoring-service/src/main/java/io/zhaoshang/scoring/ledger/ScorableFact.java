package io.zhaoshang.scoring.ledger;

import io.zhaoshang.scoring.rulebook.FactKind;
import io.zhaoshang.scoring.rulebook.FollowUpKind;
import io.zhaoshang.scoring.rulebook.Multiplier;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What the ledger reads from one fact: the kind of result, how people find it again, the amount and
 * flags the rules weigh, and who earns it. A field the event does not carry is null (not known):
 * it adds no amount and no multiplier.
 *
 * @param ownerTeam code of the team that earns it all, unless shares say otherwise
 * @param shares team code to whole percent, when the event splits the credit (a SHARE adjudication, teamShares)
 */
public record ScorableFact(FactKind kind, FollowUpKind followUpKind, String reference, BigDecimal amountCny,
        Set<Multiplier> flags, String ownerTeam, Map<String, BigDecimal> shares) {

    public ScorableFact {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        shares = shares == null ? Map.of() : Map.copyOf(shares);
    }
}
