package io.zhaoshang.leads.collision;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a shared lead's credit is split between the two teams of a collision, in whole percentages:
 * each of the two teams gets 1 to 99, together 100. Plain Java; scoring honours the split.
 */
final class CreditSplit {

    private CreditSplit() {
    }

    /**
     * The split, by team code in code order; 422 {@code share-needs-two-teams} when the collision
     * is not between two teams, {@code invalid-share-split} when the split is not one of theirs.
     */
    static Map<String, Integer> of(Map<String, Integer> shares, String firstTeam, String secondTeam) {
        if (firstTeam == null || secondTeam == null || firstTeam.equals(secondTeam)) {
            throw ProblemException.unprocessable("share-needs-two-teams")
                    .withError("decision", "share-needs-two-teams");
        }
        String teams = firstTeam.compareTo(secondTeam) < 0 ? firstTeam + ", " + secondTeam : secondTeam + ", " + firstTeam;
        boolean valid = shares != null && shares.keySet().equals(Set.of(firstTeam, secondTeam))
                && shares.values().stream().allMatch(percent -> percent != null && percent >= 1 && percent <= 99)
                && shares.values().stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum() == 100;
        if (!valid) {
            throw ProblemException.unprocessable("invalid-share-split", teams)
                    .withError("shares", "invalid-share-split", teams);
        }
        return Collections.unmodifiableMap(new TreeMap<>(shares));
    }
}
