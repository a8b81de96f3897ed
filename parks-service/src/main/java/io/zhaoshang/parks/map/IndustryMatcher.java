package io.zhaoshang.parks.map;

import io.zhaoshang.parks.industry.IndustryCatalog;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which parks want an industry: a park that lists the code itself, a category the code belongs to
 * (asked SEI-04.01, the park lists SEI-04) or one of its sub-categories (asked SEI-04, the park
 * lists SEI-04.02). Of several, the strongest kind wins, then the earliest in the park's list.
 */
final class IndustryMatcher {

    private final String code;
    private final Set<String> ancestors;
    private final Set<String> subCategories;

    private IndustryMatcher(String code, Set<String> ancestors, Set<String> subCategories) {
        this.code = code;
        this.ancestors = ancestors;
        this.subCategories = subCategories;
    }

    /** The matcher for the code a query parameter names; 400 {@code unknown-industry} for a code not in the catalog. */
    static IndustryMatcher of(IndustryCatalog catalog, String code, String parameter) {
        Set<String> withSubCategories = catalog.withSubCategories(code, parameter);
        Set<String> subCategories = withSubCategories.stream().filter(sub -> !sub.equals(code))
                .collect(Collectors.toUnmodifiableSet());
        return new IndustryMatcher(code, Set.copyOf(catalog.ancestors(code)), subCategories);
    }

    /** Every code a matching park lists at least one of. */
    Set<String> codes() {
        return Stream.of(Stream.of(code), ancestors.stream(), subCategories.stream()).flatMap(codes -> codes)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The strongest match among a park's leading industries (most important first), if any. */
    Optional<IndustryMatch> match(List<String> leadingIndustries) {
        IndustryMatch best = null;
        for (int i = 0; i < leadingIndustries.size(); i++) {
            MatchKind kind = kindOf(leadingIndustries.get(i));
            if (kind != null && (best == null || kind.compareTo(best.kind()) < 0)) {
                best = new IndustryMatch(kind, leadingIndustries.get(i), i + 1);
            }
        }
        return Optional.ofNullable(best);
    }

    private MatchKind kindOf(String leadingIndustry) {
        if (leadingIndustry.equals(code)) {
            return MatchKind.LEADING_INDUSTRY;
        }
        if (ancestors.contains(leadingIndustry)) {
            return MatchKind.PARENT_INDUSTRY;
        }
        return subCategories.contains(leadingIndustry) ? MatchKind.SUB_INDUSTRY : null;
    }
}
