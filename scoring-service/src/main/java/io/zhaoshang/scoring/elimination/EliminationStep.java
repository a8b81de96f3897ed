package io.zhaoshang.scoring.elimination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** One step of a team's last-place elimination, with who took it and why: the record behind its status. */
@Entity
@Table(name = "elimination_step")
public class EliminationStep extends PanacheEntityBase {

    /** WARNED and PROPOSED follow a closed month; CONFIRMED and REJECTED are an administrator's decision. */
    public enum Step { WARNED, PROPOSED, CONFIRMED, REJECTED }

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(nullable = false)
    public String zone;

    @Column(name = "team_id", nullable = false)
    public UUID teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Step step;

    /** The month that brought the step; null for a decision. */
    @Column(name = "month_key")
    public String monthKey;

    public String reason;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
