package io.zhaoshang.leads.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.zhaoshang.platform.persistence.InList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An investment project as leads knows it from projects-service's events: enough to find collisions. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    /** The stage in which a project no longer holds its company (终止). */
    public static final String ABANDONED = "ABANDONED";

    @Id
    public UUID id;

    public String zone;

    /** The short code people quote, ZS-2026-000123. */
    public String code;

    @Column(name = "company_name")
    public String companyName;

    @Column(name = "company_uscc")
    public String companyUscc;

    @Column(name = "company_name_key")
    public String companyNameKey;

    @Column(name = "owner_team")
    public String ownerTeam;

    @Column(name = "lead_id")
    public UUID leadId;

    public String stage;

    @Column(name = "created_at")
    public Instant createdAt;

    public long version;

    /** Active unless ABANDONED: a project in any other stage (even IN_PRODUCTION) holds its company. */
    public boolean isActive() {
        return !ABANDONED.equals(stage);
    }

    /**
     * The active project a report of the company collides with, matched as leads are: the same
     * USCC, or, where either side has no USCC, the same normalised name ({@code nameKeys}: the
     * company's names through CompanyName). Oldest first.
     */
    public static Optional<Project> activeOf(String zone, String uscc, List<String> nameKeys) {
        StringBuilder query = new StringBuilder("zone = :zone and stage <> :abandoned and (false");
        Parameters parameters = Parameters.with("zone", zone).and("abandoned", ABANDONED);
        if (uscc != null) {
            query.append(" or companyUscc = :uscc");
            parameters.and("uscc", uscc);
        }
        if (!nameKeys.isEmpty()) {
            query.append(uscc != null ? " or (companyUscc is null and " : " or (").append("companyNameKey in ")
                    .append(InList.of("key", nameKeys, parameters::and)).append(")");
        }
        return Project.<Project>find(query.append(") order by createdAt, id").toString(), parameters)
                .firstResultOptional();
    }
}
