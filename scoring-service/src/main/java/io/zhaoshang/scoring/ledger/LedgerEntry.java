package io.zhaoshang.scoring.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zhaoshang.scoring.period.PeriodKind;
import io.zhaoshang.scoring.rulebook.FactKind;
import io.zhaoshang.scoring.rulebook.FollowUpKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UuidGenerator;

/**
 * What one fact earned one team: points, the rule version that computed them, the periods they
 * count in and the explanation. Only a recomputation of open periods replaces entries.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(nullable = false)
    public String zone;

    @Column(name = "team_id", nullable = false)
    public UUID teamId;

    @Column(name = "fact_id", nullable = false)
    public UUID factId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FactKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_kind")
    public FollowUpKind followUpKind;

    @Column(nullable = false)
    public BigDecimal points;

    @Column(name = "share_percent", nullable = false)
    public BigDecimal sharePercent;

    /** The team's share of the amount (signed investment, capital arrived), CNY; null when none is known. */
    @Column(name = "amount_cny")
    public BigDecimal amountCny;

    /** The rulebook version; null when no rulebook was in force when the fact happened. */
    @Column(name = "rule_version")
    public Integer ruleVersion;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "week_key", nullable = false)
    public String weekKey;

    @Column(name = "month_key", nullable = false)
    public String monthKey;

    @Column(name = "quarter_key", nullable = false)
    public String quarterKey;

    @Column(name = "year_key", nullable = false)
    public String yearKey;

    /** For an adjustment, the closed periods the fact belonged to, comma separated ("MONTH 2026-10"). */
    public String adjusts;

    @Column(name = "explanation_zh", nullable = false)
    public String explanationZh;

    @Column(name = "explanation_en", nullable = false)
    public String explanationEn;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    void book(Booking booking) {
        weekKey = booking.key(PeriodKind.WEEK);
        monthKey = booking.key(PeriodKind.MONTH);
        quarterKey = booking.key(PeriodKind.QUARTER);
        yearKey = booking.key(PeriodKind.YEAR);
        adjusts = booking.isAdjustment() ? String.join(", ", booking.adjusts()) : null;
    }

    public List<String> adjustedPeriods() {
        return adjusts == null ? List.of() : Arrays.asList(adjusts.split(", "));
    }

    /** The entity field holding the key of a kind of period, for queries. */
    public static String keyField(PeriodKind kind) {
        return switch (kind) {
            case WEEK -> "weekKey";
            case MONTH -> "monthKey";
            case QUARTER -> "quarterKey";
            case YEAR -> "yearKey";
        };
    }
}
