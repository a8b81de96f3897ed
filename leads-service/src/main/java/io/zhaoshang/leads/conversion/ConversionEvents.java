package io.zhaoshang.leads.conversion;

import io.zhaoshang.leads.company.Company;
import io.zhaoshang.leads.company.CompanyTag;
import io.zhaoshang.leads.lead.ChainRole;
import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.leads.lead.SourceChannel;
import io.zhaoshang.platform.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The event of a conversion (contract: docs/events/zhaoshang.lead.converted.v1), key = lead id. */
final class ConversionEvents {

    static final String CONVERTED = "zhaoshang.lead.converted.v1";

    private ConversionEvents() {
    }

    /**
     * Everything projects-service needs to create the project: the lead, its company as it is now
     * (name, USCC, country, tags) and the credit split.
     */
    record ConvertedData(UUID leadId, String zone, String code, UUID companyId, String companyName,
            String companyUscc, String companyCountry, List<CompanyTag> companyTags, String title,
            String industryCode, ChainRole chainRole, SourceChannel sourceChannel, String sourceDetail,
            Money intendedInvestment, BigDecimal landMu, Integer expectedJobs, Money expectedOutput,
            Money expectedTax, UUID targetParkId, String ownerTeam, Map<String, Integer> teamShares,
            String convertedBy, Instant convertedAt, long version) {

        static ConvertedData of(Lead lead, Company company) {
            return new ConvertedData(lead.id, lead.zone, lead.code, company.id, company.name, company.uscc,
                    company.country, List.copyOf(company.tags), lead.title, lead.industryCode, lead.chainRole,
                    lead.sourceChannel, lead.sourceDetail, lead.intendedInvestment, lead.landMu, lead.expectedJobs,
                    lead.expectedOutput, lead.expectedTax, lead.targetParkId, lead.ownerTeam, lead.teamShares,
                    lead.conversionRequestedBy, lead.conversionRequestedAt, lead.version);
        }
    }
}
