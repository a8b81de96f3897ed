package io.zhaoshang.leads.company;

import io.zhaoshang.platform.persistence.Aggregate;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.value.Uscc;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A company of a zone's target client library (目标客户库). A Chinese company is identified by its
 * USCC, once per zone; a foreign company has none and is identified by its country and the number
 * in that country's register.
 */
@Entity
@Table(name = "company")
public class Company extends Aggregate {

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    @Column(nullable = false, updatable = false)
    public String zone;

    @Column(nullable = false)
    public String name;

    public String uscc;

    public String country;

    @Column(name = "registration_number")
    public String registrationNumber;

    /** Distinct and in the enum's order, so that equal sets are equal rows and equal events. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<CompanyTag> tags = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "industry_codes", nullable = false)
    public List<String> industryCodes = new ArrayList<>();

    public String headquarters;

    /**
     * Takes the stated facts. Without a USCC the country and registration number are required
     * (422 {@code company-identity-missing}); a country must be one ISO 3166-1 knows.
     */
    void apply(CompanyRequest request) {
        String newUscc = Uscc.normalize(request.uscc());
        String newCountry = blankToNull(request.country());
        String newRegistrationNumber = blankToNull(request.registrationNumber());
        if (newUscc == null && (newCountry == null || newRegistrationNumber == null)) {
            ProblemException missing = ProblemException.unprocessable("company-identity-missing");
            if (newCountry == null) {
                missing.withError("country", "company-identity-missing");
            }
            if (newRegistrationNumber == null) {
                missing.withError("registrationNumber", "company-identity-missing");
            }
            throw missing;
        }
        if (newCountry != null && !COUNTRIES.contains(newCountry)) {
            throw ProblemException.unprocessable("invalid-country", newCountry)
                    .withError("country", "invalid-country", newCountry);
        }
        name = request.name().strip();
        uscc = newUscc;
        country = newCountry;
        registrationNumber = newRegistrationNumber;
        tags = request.tags() == null ? new ArrayList<>()
                : new ArrayList<>(request.tags().stream().distinct().sorted().toList());
        industryCodes = request.industryCodes() == null ? new ArrayList<>()
                : new ArrayList<>(request.industryCodes().stream().distinct().toList());
        headquarters = blankToNull(request.headquarters());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The company of the zone with this USCC (normalized), if one is registered. */
    public static Optional<Company> findByUscc(String zone, String uscc) {
        return find("zone = ?1 and uscc = ?2", zone, uscc).firstResultOptional();
    }

    /** The company with this id if it belongs to the zone: another zone's company does not exist for the caller. */
    public static Optional<Company> findInZone(String zone, UUID id) {
        return Company.<Company>findByIdOptional(id).filter(company -> company.zone.equals(zone));
    }
}
