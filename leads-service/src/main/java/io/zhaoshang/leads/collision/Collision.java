package io.zhaoshang.leads.collision;

import io.zhaoshang.leads.lead.LeadRequest;
import io.zhaoshang.platform.persistence.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A collision (撞单): a second report of a company that had an active lead. The first reporter keeps
 * the lead (首报负责) until the administration adjudicates; the second report is kept as it came
 * ({@link #proposal}), with who brought it ({@code createdBy}) and for which team.
 */
@Entity
@Table(name = "collision")
public class Collision extends Aggregate {

    @Column(nullable = false, updatable = false)
    public String zone;

    /** The lead reported first; null when the company has an active project instead. */
    @Column(name = "lead_id", updatable = false)
    public UUID leadId;

    /** The active project of the company, when it collided with one rather than with a lead. */
    @Column(name = "project_id", updatable = false)
    public UUID projectId;

    @Column(name = "company_id", nullable = false, updatable = false)
    public UUID companyId;

    /** Who held the lead (or owns the project) when the second report came; null for the public pool. */
    @Column(name = "owner_team", updatable = false)
    public String ownerTeam;

    @Column(name = "lead_reported_at", nullable = false, updatable = false)
    public Instant leadReportedAt;

    /** The second reporter's team; null for the administration or an integration. */
    @Column(name = "reporter_team", updatable = false)
    public String reporterTeam;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public LeadRequest proposal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CollisionStatus status = CollisionStatus.OPEN;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    /** Percent of the credit per team code, for SHARE. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> shares;

    public String note;

    @Column(name = "adjudicated_at")
    public Instant adjudicatedAt;

    @Column(name = "adjudicated_by")
    public String adjudicatedBy;
}
