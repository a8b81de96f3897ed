package io.zhaoshang.projects.project;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a project's credit (业绩) is shared between teams, in whole percentages adding up to 100, the
 * owner team among them: scoring counts each team's part of the project.
 */
final class TeamShares {

    private TeamShares() {
    }

    /**
     * The shares by team code in code order; all to the owner when none are given; 422
     * {@code invalid-team-shares} when a share is not 1 to 100, they do not add up to 100, or the
     * owner team has none.
     */
    static Map<String, Integer> of(String ownerTeam, Map<String, Integer> requested) {
        if (requested == null || requested.isEmpty()) {
            return new TreeMap<>(Map.of(ownerTeam, 100));
        }
        boolean eachValid = requested.entrySet().stream().allMatch(share -> share.getKey() != null
                && share.getKey().matches("[A-Z0-9][A-Z0-9-]{1,31}")
                && share.getValue() != null && share.getValue() >= 1 && share.getValue() <= 100);
        int total = eachValid ? requested.values().stream().mapToInt(Integer::intValue).sum() : 0;
        if (!eachValid || total != 100 || !requested.containsKey(ownerTeam)) {
            throw ProblemException.unprocessable("invalid-team-shares", ownerTeam)
                    .withError("teamShares", "invalid-team-shares", ownerTeam);
        }
        return new TreeMap<>(requested);
    }
}
