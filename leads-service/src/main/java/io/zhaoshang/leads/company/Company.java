package io.zhaoshang.leads.company;

import io.zhaoshang.platform.persistence.Aggregate;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.value.Uscc;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
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
 * in that country's register. A duplicate record can be merged into the one that stays (MERGED,
 * {@link #mergedInto}); its names become aliases of the survivor.
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

    /** Other names it is known by (简称, former or English names): distinct, never the name itself. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> aliases = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Contact> contacts = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CompanyStatus status = CompanyStatus.ACTIVE;

    /** The company this one was merged into; set exactly when MERGED. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    /** The name and every alias as search compares them; follows {@link #name} and {@link #aliases}. */
    @ElementCollection
    @CollectionTable(name = "company_name_key", joinColumns = @JoinColumn(name = "company_id"))
    List<CompanyNameKey> nameKeys = new ArrayList<>();

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
                : new ArrayList<>(request.industryCodes().stream().map(String::strip).distinct().toList());
        headquarters = blankToNull(request.headquarters());
        aliases = distinctAliases(request.aliases() == null ? List.of() : request.aliases());
        contacts = request.contacts() == null ? new ArrayList<>()
                : new ArrayList<>(request.contacts().stream().map(Contact::tidy).toList());
        refreshNameKeys();
    }

    /**
     * Takes the names of a duplicate as aliases (its name, then its aliases), and returns those it
     * did not have: what an undo of the merge takes away again.
     */
    List<String> takeNamesOf(Company duplicate) {
        List<String> names = new ArrayList<>();
        names.add(duplicate.name);
        names.addAll(duplicate.aliases);
        List<String> before = List.copyOf(aliases);
        aliases = distinctAliases(concat(aliases, names));
        refreshNameKeys();
        return aliases.stream().filter(alias -> !before.contains(alias)).toList();
    }

    /** Gives back the aliases a merge brought and returns those it still had (one removed since stays removed). */
    List<String> dropAliases(Collection<String> brought) {
        List<String> dropped = aliases.stream().filter(brought::contains).toList();
        aliases = new ArrayList<>(aliases.stream().filter(alias -> !brought.contains(alias)).toList());
        refreshNameKeys();
        return dropped;
    }

    void mergeInto(UUID survivor) {
        status = CompanyStatus.MERGED;
        mergedInto = survivor;
    }

    void restore() {
        status = CompanyStatus.ACTIVE;
        mergedInto = null;
    }

    /** 409 {@code company-merged}: a merged record no longer changes (its survivor does). */
    public void requireActive() {
        if (status == CompanyStatus.MERGED) {
            throw ProblemException.conflict("company-merged", id, mergedInto).with("mergedInto", mergedInto);
        }
    }

    /** Distinct, stripped, without blanks and without the name itself. */
    private List<String> distinctAliases(Collection<String> candidates) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        candidates.stream().filter(alias -> alias != null && !alias.isBlank()).map(String::strip)
                .filter(alias -> !alias.equals(name)).forEach(distinct::add);
        return new ArrayList<>(distinct);
    }

    /** An untouched collection keeps the version: only a real change of names rewrites the keys. */
    private void refreshNameKeys() {
        List<CompanyNameKey> keys = concat(List.of(name), aliases).stream().map(CompanyNameKey::of).toList();
        if (!new ArrayList<>(nameKeys).equals(keys)) { // a Hibernate bag equals only itself
            nameKeys.clear();
            nameKeys.addAll(keys);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
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
