package io.zhaoshang.leads.followup;

import io.zhaoshang.platform.persistence.Aggregate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A follow-up record (跟进记录): what a team did to move one or more leads on, and when. Logged
 * once and never changed: it is what scoring counts.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp extends Aggregate {

    @Column(nullable = false, updatable = false)
    public String zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public FollowUpKind kind;

    /** The day it happened, in the zone's time zone. */
    @Column(nullable = false, updatable = false)
    public LocalDate date;

    @ElementCollection
    @CollectionTable(name = "follow_up_lead", joinColumns = @JoinColumn(name = "follow_up_id"))
    @Column(name = "lead_id")
    @OrderBy
    public List<UUID> leadIds = new ArrayList<>();

    // an array like a company's aliases: Hibernate maps one Java type List<String> one way per unit
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    public List<String> participants = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    public String summary;

    @Column(name = "next_step", updatable = false)
    public String nextStep;

    /** The team that logged it, credited by scoring; null when the administration logged it. */
    @Column(updatable = false)
    public String team;
}
