package io.zhaoshang.parks.park;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The parks of one zone as a forest (一区多园, 园中园) and where a park may be placed in it: under a
 * park of the same zone, never under itself or one of its own sub-parks, and never so that a park
 * ends up deeper than {@value #MAX_LEVELS} levels (a park of the zone, its sub-park, and theirs).
 */
public final class ParkHierarchy {

    public static final int MAX_LEVELS = 3;

    private final Map<UUID, UUID> parentOf;
    private final Map<UUID, List<UUID>> childrenOf = new HashMap<>();

    /** @param parentOf every park of the zone, mapped to its parent park or to null at the top */
    public ParkHierarchy(Map<UUID, UUID> parentOf) {
        this.parentOf = new HashMap<>(parentOf);
        parentOf.forEach((park, parent) -> {
            if (parent != null) {
                childrenOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(park);
            }
        });
    }

    /** 1 for a park directly in the zone, 2 for its sub-park, and so on. */
    public int level(UUID park) {
        int level = 1;
        for (UUID up = parentOf.get(park); up != null; up = parentOf.get(up)) {
            level++;
            if (level > parentOf.size()) {
                throw new IllegalStateException("the parks of a zone form a cycle through " + park);
            }
        }
        return level;
    }

    /** Levels of the park's subtree: 1 for a park without sub-parks. */
    public int height(UUID park) {
        return 1 + childrenOf.getOrDefault(park, List.of()).stream().mapToInt(this::height).max().orElse(0);
    }

    /** Checks that a new park may go under {@code parent} (null: directly in the zone). */
    public void checkNewUnder(UUID parent) {
        if (parent != null) {
            requireKnown(parent);
            requireDepth("parentId", level(parent) + 1);
        }
    }

    /** Checks that {@code park}, with its sub-parks, may move under {@code newParent} (null: to the top). */
    public void checkMove(UUID park, UUID newParent) {
        if (newParent == null) {
            return; // the subtree only rises
        }
        requireKnown(newParent);
        if (isSelfOrBelow(newParent, park)) {
            throw ProblemException.unprocessable("park-cycle").withError("parentId", "park-cycle");
        }
        requireDepth("parentId", level(newParent) + height(park));
    }

    /**
     * Checks that the direct sub-parks of {@code merged} may move under {@code survivor}, a known park of
     * the zone: the survivor must not lie inside the merged park (park-cycle), and no moved subtree may
     * reach a fourth level (park-too-deep). Errors name the field {@code intoParkId}.
     */
    public void checkMerge(UUID merged, UUID survivor) {
        if (isSelfOrBelow(survivor, merged)) {
            throw ProblemException.unprocessable("park-cycle").withError("intoParkId", "park-cycle");
        }
        int survivorLevel = level(survivor);
        for (UUID child : childrenOf.getOrDefault(merged, List.of())) {
            requireDepth("intoParkId", survivorLevel + height(child));
        }
    }

    private boolean isSelfOrBelow(UUID candidate, UUID park) {
        int steps = 0;
        for (UUID up = candidate; up != null && steps <= parentOf.size(); up = parentOf.get(up), steps++) {
            if (up.equals(park)) {
                return true;
            }
        }
        return false;
    }

    /** A parent of another zone is answered like one that does not exist: ids of other zones are not confirmed. */
    private void requireKnown(UUID parent) {
        if (!parentOf.containsKey(parent)) {
            throw ProblemException.unprocessable("unknown-parent-park", parent)
                    .withError("parentId", "unknown-parent-park", parent);
        }
    }

    private static void requireDepth(String field, int deepestLevel) {
        if (deepestLevel > MAX_LEVELS) {
            throw ProblemException.unprocessable("park-too-deep", MAX_LEVELS, deepestLevel)
                    .withError(field, "park-too-deep", MAX_LEVELS, deepestLevel);
        }
    }
}
