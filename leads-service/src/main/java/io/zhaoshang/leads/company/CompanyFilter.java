package io.zhaoshang.leads.company;

import io.zhaoshang.leads.parks.IndustryCatalog;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.value.Uscc;
import io.zhaoshang.platform.web.QueryParams;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which companies a list shows: those of one status (ACTIVE unless asked), and optionally only those
 * with one USCC, one tag, an industry (or one below it) or a name matching a search text.
 *
 * @param nameKey the search text as a name key ({@link CompanyName#normalise}): it is looked for in
 *                the normalised names, pinyin and initials of every name and alias
 */
record CompanyFilter(CompanyStatus status, Optional<String> uscc, Optional<CompanyTag> tag,
        Optional<Set<String>> industries, Optional<String> nameKey) {

    static final int MAX_SEARCH_LENGTH = 100;

    /**
     * The filter from the query parameters as given; a value that is not valid is a 400 naming the
     * parameter, never ignored: a tag or status that is not one of the enum's ({@code
     * invalid-enum-value}), an industry not in the catalog ({@code unknown-industry}), a search text
     * without a letter or digit or over 100 characters ({@code invalid-search}). (The USCC is checked
     * by its constraint on the parameter.) The catalog is asked for only when an industry is given.
     */
    static CompanyFilter of(String uscc, String tag, String industry, String q, String status,
            Supplier<IndustryCatalog> catalog) {
        return new CompanyFilter(
                QueryParams.enumValue(CompanyStatus.class, "status", status).orElse(CompanyStatus.ACTIVE),
                Optional.ofNullable(uscc).map(Uscc::normalize),
                QueryParams.enumValue(CompanyTag.class, "tag", tag),
                blankToEmpty(industry).map(code -> catalog.get().withSubCategories(code, "industry")),
                blankToEmpty(q).map(CompanyFilter::nameKey));
    }

    private static String nameKey(String q) {
        String key = CompanyName.normalise(q);
        if (q.length() > MAX_SEARCH_LENGTH || key.isEmpty()) {
            throw ProblemException.badRequest("invalid-search", MAX_SEARCH_LENGTH)
                    .withError("q", "invalid-search", MAX_SEARCH_LENGTH);
        }
        return key;
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
