package io.zhaoshang.parks.land;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Chooses the parcels that meet a project's need for land, from the AVAILABLE parcels of the park
 * with the land use asked for:
 * <ol>
 * <li>one parcel, when one alone is large enough: the one with the smallest surplus (area − need),
 * then the first by code. A project rather gets one contiguous parcel than pieces.</li>
 * <li>else several, adding up to at least the need: the smallest surplus, then the fewest parcels,
 * then the first by their codes (sorted, compared one by one).</li>
 * </ol>
 * No parcel, or all of them together too small: an empty answer.
 *
 * <p>The search for several parcels is a subset-sum problem, so it is bounded: depth first over
 * the parcels from the largest down, a branch ends as soon as it reaches the need (another parcel
 * would only add surplus) or when even all the parcels left would not reach it, and the whole
 * search stops after {@value #MAX_STEPS} steps (one step = one parcel tried). Its first descent takes the largest parcels until the need is met,
 * so whenever the parcels together suffice some fit is found; past the bound it answers with the
 * best found so far, which may have more surplus than the best possible. A park rarely offers more
 * than some dozens of parcels of one land use, for which the search finishes well within the bound.
 */
public final class ParcelPicker {

    /** Steps of the search for several parcels: a few milliseconds at most. */
    static final int MAX_STEPS = 100_000;

    private static final Comparator<Offer> LARGEST_FIRST =
            Comparator.comparingLong(Offer::hundredths).reversed().thenComparing(Offer::code);

    private ParcelPicker() {
    }

    /** An AVAILABLE parcel as the picker sees it: area in mu with at most two decimals. */
    public record Offer(UUID parcelId, String code, BigDecimal areaMu) {

        long hundredths() {
            return areaMu.movePointRight(2).longValueExact();
        }
    }

    /** The parcels to reserve for {@code needMu}, in code order; empty when none fit. */
    public static List<Offer> pick(List<Offer> available, BigDecimal needMu) {
        long need = needMu.movePointRight(2).longValueExact();
        List<Offer> alone = available.stream()
                .filter(offer -> offer.hundredths() >= need)
                .sorted(Comparator.comparingLong(Offer::hundredths).thenComparing(Offer::code))
                .limit(1)
                .toList();
        if (!alone.isEmpty()) {
            return alone;
        }
        List<Offer> largestFirst = available.stream().sorted(LARGEST_FIRST).toList();
        return new Search(largestFirst, need).best();
    }

    /** Depth-first search for the best set of several parcels, each of them smaller than the need. */
    private static final class Search {

        private final List<Offer> offers;
        private final long need;
        /** What the offers from index i on add up to: a branch that cannot reach the need ends. */
        private final long[] restFrom;
        private final List<Offer> chosen = new ArrayList<>();
        private List<Offer> best = List.of();
        private long bestSurplus = Long.MAX_VALUE;
        private int steps;

        Search(List<Offer> offers, long need) {
            this.offers = offers;
            this.need = need;
            this.restFrom = new long[offers.size() + 1];
            for (int i = offers.size() - 1; i >= 0; i--) {
                restFrom[i] = restFrom[i + 1] + offers.get(i).hundredths();
            }
        }

        List<Offer> best() {
            descend(0, 0);
            return best.stream().sorted(Comparator.comparing(Offer::code)).toList();
        }

        private void descend(int from, long sum) {
            for (int i = from; i < offers.size() && steps < MAX_STEPS; i++) {
                if (sum + restFrom[i] < need) {
                    return; // the rest, all of it, stays short
                }
                steps++;
                long withIt = sum + offers.get(i).hundredths();
                chosen.add(offers.get(i));
                if (withIt >= need) {
                    consider(withIt - need); // more parcels would only add surplus
                } else {
                    descend(i + 1, withIt);
                }
                chosen.remove(chosen.size() - 1);
            }
        }

        private void consider(long surplus) {
            if (surplus < bestSurplus || surplus == bestSurplus && isBetterTie()) {
                bestSurplus = surplus;
                best = List.copyOf(chosen);
            }
        }

        /** Fewer parcels first; then the codes, sorted, compared one by one. */
        private boolean isBetterTie() {
            if (chosen.size() != best.size()) {
                return chosen.size() < best.size();
            }
            List<String> mine = chosen.stream().map(Offer::code).sorted().toList();
            List<String> theirs = best.stream().map(Offer::code).sorted().toList();
            for (int i = 0; i < mine.size(); i++) {
                int order = mine.get(i).compareTo(theirs.get(i));
                if (order != 0) {
                    return order < 0;
                }
            }
            return false;
        }
    }
}
