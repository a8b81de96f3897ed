package io.zhaoshang.leads.pool;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.UpdateTimestamp;

/** A zone's pool rules as set by its administration; a zone without a row has {@link PoolPolicy#DEFAULT}. */
@Entity
@Table(name = "pool_settings")
class PoolSettings extends PanacheEntityBase {

    @Id
    String zone;

    @Column(name = "protection_days", nullable = false)
    int protectionDays;

    @Column(name = "max_leads_per_team", nullable = false)
    int maxLeadsPerTeam;

    @Column(name = "reclaim_cooldown_days", nullable = false)
    int reclaimCooldownDays;

    @Version
    long version;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    PoolPolicy policy() {
        return new PoolPolicy(protectionDays, maxLeadsPerTeam, reclaimCooldownDays);
    }

    void apply(PoolPolicy policy, String subject) {
        protectionDays = policy.protectionDays();
        maxLeadsPerTeam = policy.maxLeadsPerTeam();
        reclaimCooldownDays = policy.reclaimCooldownDays();
        updatedBy = subject;
    }
}
