package io.zhaoshang.leads.company;

import java.util.List;
import java.util.UUID;

/** The events a company publishes (contract: docs/events/). */
final class CompanyEvents {

    static final String AGGREGATE = "company";
    static final String REGISTERED = "zhaoshang.company.registered.v1";
    static final String CHANGED = "zhaoshang.company.changed.v1";

    private CompanyEvents() {
    }

    /** The data of both events: the company's public fields, as other services keep them in their read models. */
    record CompanyData(UUID companyId, String zone, String name, String uscc, String country,
            String registrationNumber, List<CompanyTag> tags, List<String> industryCodes, String headquarters,
            long version) {

        static CompanyData of(Company company) {
            return new CompanyData(company.id, company.zone, company.name, company.uscc, company.country,
                    company.registrationNumber, List.copyOf(company.tags), List.copyOf(company.industryCodes),
                    company.headquarters, company.version);
        }
    }
}
