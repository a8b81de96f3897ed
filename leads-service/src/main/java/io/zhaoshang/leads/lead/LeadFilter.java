package io.zhaoshang.leads.lead;

import io.zhaoshang.leads.parks.IndustryCatalog;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.web.QueryParams;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** Which leads a list shows; a value that is not valid is a 400 naming the parameter, never ignored. */
public record LeadFilter(Optional<LeadStatus> status, Optional<String> team, Optional<Pool> pool, Optional<UUID> companyId,
        Optional<Set<String>> industries, boolean overdue) {

    static LeadFilter of(String status, String team, String pool, String company, String industry, String overdue,
            Supplier<IndustryCatalog> catalog) {
        return new LeadFilter(
                QueryParams.enumValue(LeadStatus.class, "status", status),
                blankToEmpty(team),
                QueryParams.enumValue(Pool.class, "pool", pool),
                blankToEmpty(company).map(LeadFilter::uuid),
                blankToEmpty(industry).map(code -> catalog.get().withSubCategories(code, "industry")),
                blankToEmpty(overdue).map(LeadFilter::bool).orElse(false));
    }

    private static boolean bool(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw ProblemException.badRequest("invalid-parameter").withError("overdue", "invalid-parameter");
        }
        return Boolean.parseBoolean(value);
    }

    private static UUID uuid(String company) {
        try {
            return UUID.fromString(company);
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.badRequest("invalid-parameter").withError("company", "invalid-parameter");
        }
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
