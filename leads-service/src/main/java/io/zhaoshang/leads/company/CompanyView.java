package io.zhaoshang.leads.company;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A company as the API shows it. */
@Schema(name = "Company")
public record CompanyView(UUID id, String zone, String name, String uscc, String country, String registrationNumber,
        @Schema(description = "Distinct, in the order of the CompanyTag values.") List<CompanyTag> tags,
        List<String> industryCodes, String headquarters,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static CompanyView of(Company company) {
        return new CompanyView(company.id, company.zone, company.name, company.uscc, company.country,
                company.registrationNumber, List.copyOf(company.tags), List.copyOf(company.industryCodes),
                company.headquarters, company.version, company.createdAt, company.createdBy, company.updatedAt,
                company.updatedBy);
    }
}
