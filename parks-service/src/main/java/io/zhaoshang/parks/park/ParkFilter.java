package io.zhaoshang.parks.park;

import io.zhaoshang.parks.industry.IndustryCatalog;
import io.zhaoshang.platform.web.QueryParams;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The filters of the park list. An unknown kind or industry code is a 400, never ignored. An
 * industry matches the parks leading in it or in one of its sub-categories.
 */
record ParkFilter(Optional<ParkKind> kind, Optional<UUID> parent, Optional<Set<String>> industries) {

    static ParkFilter of(String kind, UUID parent, String industry, IndustryCatalog catalog) {
        return new ParkFilter(QueryParams.enumValue(ParkKind.class, "kind", kind),
                Optional.ofNullable(parent),
                industry == null || industry.isBlank()
                        ? Optional.empty()
                        : Optional.of(catalog.withSubCategories(industry.strip(), "industry")));
    }
}
