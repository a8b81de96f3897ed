package io.zhaoshang.parks.map;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the industry map: the strongest industry match first (LEADING, PARENT, SUB); then
 * the parks that meet more of the needs asked; then the park that names the industry earlier in
 * its list; then more free land, more vacant space; the park code settles the rest, so the order is
 * stable.
 */
final class MapRanking {

    /** A zone has tens of parks: the first 20 answer a lead's question, 100 show them all. */
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    static final Comparator<MapCandidate> ORDER = Comparator
            .comparing((MapCandidate candidate) -> candidate.match().kind())
            .thenComparing(Comparator.comparingInt(MapCandidate::needsFitting).reversed())
            .thenComparingInt(candidate -> candidate.match().position())
            .thenComparing(candidate -> candidate.land().freeMu(), Comparator.reverseOrder())
            .thenComparing(candidate -> candidate.space().vacantSqm(), Comparator.reverseOrder())
            .thenComparing(candidate -> candidate.park().code());

    private MapRanking() {
    }

    static List<MapCandidate> rank(Collection<MapCandidate> candidates) {
        return candidates.stream().sorted(ORDER).toList();
    }

    /**
     * How many parks to show: {@value #DEFAULT_LIMIT} when absent; 400 {@code invalid-limit} outside
     * 1 to {@value #MAX_LIMIT}.
     */
    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like a number out of range
        }
        throw ProblemException.badRequest("invalid-limit", MAX_LIMIT);
    }
}
