package io.zhaoshang.scoring.target;

import io.zhaoshang.platform.persistence.Aggregate;
import io.zhaoshang.scoring.period.PeriodKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/** What a team is to achieve in one period (目标管理); the ledger sets its results beside it. */
@Entity
@Table(name = "target")
public class Target extends Aggregate {

    @Column(nullable = false, updatable = false)
    public String zone;

    @Column(name = "team_id", nullable = false, updatable = false)
    public UUID teamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, updatable = false)
    public PeriodKind periodKind;

    @Column(name = "period_key", nullable = false, updatable = false)
    public String periodKey;

    /** CNY, two decimals. */
    @Column(name = "signed_amount", nullable = false)
    public BigDecimal signedAmount;

    @Column(name = "projects_started", nullable = false)
    public int projectsStarted;

    @Column(name = "leads_collected", nullable = false)
    public int leadsCollected;

    @Column(name = "follow_ups", nullable = false)
    public int followUps;

    void apply(TargetRequest request) {
        signedAmount = request.signedAmount().amount();
        projectsStarted = request.projectsStarted();
        leadsCollected = request.leadsCollected();
        followUps = request.followUps();
    }

    public static Optional<Target> find(UUID teamId, PeriodKind kind, String key) {
        return find("teamId = ?1 and periodKind = ?2 and periodKey = ?3", teamId, kind, key).firstResultOptional();
    }
}
