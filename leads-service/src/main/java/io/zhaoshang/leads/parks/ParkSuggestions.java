package io.zhaoshang.leads.parks;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The default target park for a lead (意向园区建议): of a zone's open parks, those whose leading
 * industries (主导产业) meet the lead's industry, in the order of parks-service's industry map
 * (产业招商地图): the strongest match first — the park lists the industry itself, then a category it
 * belongs to, then one of its sub-categories — then the park that names it earlier in its list,
 * then the park code. The map's other keys (needs met, free land, vacant space) are parks' own
 * data, which leads does not keep. Plain Java.
 */
public final class ParkSuggestions {

    /** No catalog yet: nothing can be matched. */
    static final ParkSuggestions NONE = new ParkSuggestions(null, List.of());

    /** How a park's leading industries meet the industry; declared strongest first, as on the map. */
    enum MatchKind {
        LEADING_INDUSTRY,
        PARENT_INDUSTRY,
        SUB_INDUSTRY
    }

    private record Match(Park park, MatchKind kind, int position) {
    }

    private static final Comparator<Match> ORDER = Comparator.comparing(Match::kind)
            .thenComparingInt(Match::position)
            .thenComparing(match -> match.park().code, Comparator.nullsLast(Comparator.naturalOrder()));

    private final IndustryCatalog catalog;
    private final List<Park> openParks;

    public ParkSuggestions(IndustryCatalog catalog, List<Park> openParks) {
        this.catalog = catalog;
        this.openParks = openParks;
    }

    /** The open parks that want the industry, best first. */
    public List<UUID> ranked(String industryCode) {
        if (catalog == null) {
            return List.of();
        }
        Set<String> ancestors = Set.copyOf(catalog.ancestors(industryCode));
        Set<String> subCategories = catalog.subCategories(industryCode);
        return openParks.stream()
                .map(park -> match(park, industryCode, ancestors, subCategories))
                .flatMap(Optional::stream)
                .sorted(ORDER)
                .map(match -> match.park().id)
                .toList();
    }

    /** The best of {@link #ranked}, if any park wants the industry. */
    public Optional<UUID> best(String industryCode) {
        return ranked(industryCode).stream().findFirst();
    }

    /** The strongest match among the park's leading industries; of equals, the earliest in its list. */
    private static Optional<Match> match(Park park, String code, Set<String> ancestors, Set<String> subCategories) {
        Match best = null;
        for (int i = 0; i < park.leadingIndustries.size(); i++) {
            String industry = park.leadingIndustries.get(i);
            MatchKind kind = industry.equals(code) ? MatchKind.LEADING_INDUSTRY
                    : ancestors.contains(industry) ? MatchKind.PARENT_INDUSTRY
                    : subCategories.contains(industry) ? MatchKind.SUB_INDUSTRY : null;
            if (kind != null && (best == null || kind.compareTo(best.kind()) < 0)) {
                best = new Match(park, kind, i + 1);
            }
        }
        return Optional.ofNullable(best);
    }
}
