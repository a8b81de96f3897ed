package io.zhaoshang.leads.company;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A company as the API shows it. */
@Schema(name = "Company")
public record CompanyView(UUID id, String zone, String name, String uscc, String country, String registrationNumber,
        @Schema(description = "Distinct, in the order of the CompanyTag values.") List<CompanyTag> tags,
        @Schema(description = "Codes of the industry catalog.") List<String> industryCodes,
        String headquarters,
        @Schema(description = "Other names; after a merge they include the names of the merged company.")
        List<String> aliases,
        List<Contact> contacts,
        CompanyStatus status,
        @Schema(description = "The company this one was merged into, when MERGED; null otherwise.") UUID mergedInto,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static CompanyView of(Company company) {
        return new CompanyView(company.id, company.zone, company.name, company.uscc, company.country,
                company.registrationNumber, List.copyOf(company.tags), List.copyOf(company.industryCodes),
                company.headquarters, List.copyOf(company.aliases), List.copyOf(company.contacts), company.status,
                company.mergedInto, company.version, company.createdAt, company.createdBy, company.updatedAt,
                company.updatedBy);
    }
}
