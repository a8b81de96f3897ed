package io.zhaoshang.leads.company;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The events a company publishes (contract: docs/events/). */
final class CompanyEvents {

    static final String AGGREGATE = "company";
    static final String REGISTERED = "zhaoshang.company.registered.v1";
    static final String CHANGED = "zhaoshang.company.changed.v1";
    static final String MERGED = "zhaoshang.company.merged.v1";
    static final String MERGE_UNDONE = "zhaoshang.company.merge-undone.v1";

    private CompanyEvents() {
    }

    /**
     * The data of registered and changed: the company's public fields, as other services keep them
     * in their read models. Contacts are personal data and stay in leads.
     */
    record CompanyData(UUID companyId, String zone, String name, String uscc, String country,
            String registrationNumber, List<CompanyTag> tags, List<String> industryCodes, String headquarters,
            List<String> aliases, CompanyStatus status, long version) {

        static CompanyData of(Company company) {
            return new CompanyData(company.id, company.zone, company.name, company.uscc, company.country,
                    company.registrationNumber, List.copyOf(company.tags), List.copyOf(company.industryCodes),
                    company.headquarters, List.copyOf(company.aliases), company.status, company.version);
        }
    }

    /** A duplicate company was merged into another; key = the merged company. */
    record MergedData(UUID companyId, String zone, UUID mergeId, UUID intoCompanyId, List<String> movedAliases,
            Instant undoableUntil, long version, long intoVersion) {

        static MergedData of(CompanyMerge merge, Company company, Company into) {
            return new MergedData(company.id, company.zone, merge.id, into.id, List.copyOf(merge.movedAliases),
                    merge.undoableUntil, company.version, into.version);
        }
    }

    /** A merge was undone: the company stands on its own again; key = the company that had been merged. */
    record MergeUndoneData(UUID companyId, String zone, UUID mergeId, UUID intoCompanyId, List<String> removedAliases,
            long version, long intoVersion) {

        static MergeUndoneData of(CompanyMerge merge, Company company, Company into, List<String> removedAliases) {
            return new MergeUndoneData(company.id, company.zone, merge.id, into.id, List.copyOf(removedAliases),
                    company.version, into.version);
        }
    }
}
