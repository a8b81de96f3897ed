package io.zhaoshang.parks.industry;

import java.util.List;

/** The events of the industry catalog (contract: docs/events/). */
final class IndustryEvents {

    static final String AGGREGATE = "industry-catalog";
    /** One key for every version, so that consumers get the versions in order. */
    static final String AGGREGATE_ID = "industry-catalog";
    static final String PUBLISHED = "zhaoshang.industry-catalog.published.v1";

    private IndustryEvents() {
    }

    /**
     * The whole catalog of one version, flat and in code order, so that other services replace
     * their copy with it and validate industry codes against it.
     */
    record CatalogData(int version, List<IndustryEntry> entries) {

        static CatalogData of(IndustryCatalog catalog) {
            return new CatalogData(catalog.version(), catalog.entries());
        }
    }
}
