package io.zhaoshang.scoring.leaderboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zhaoshang.scoring.period.PeriodKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A line of the frozen ranking of a closed period, stored as it was shown at the closing; never changed. */
@Entity
@Table(name = "ranking_row")
@IdClass(RankingRow.Key.class)
public class RankingRow extends PanacheEntityBase {

    @Id
    public String zone;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind")
    public PeriodKind periodKind;

    @Id
    @Column(name = "period_key")
    public String periodKey;

    @Id
    @Column(name = "team_id")
    public UUID teamId;

    @Column(nullable = false)
    public int rank;

    @Column(nullable = false)
    public BigDecimal points;

    @Column(name = "last_place", nullable = false)
    public boolean lastPlace;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode standing;

    @Column(name = "frozen_at", nullable = false)
    public Instant frozenAt;

    public static List<RankingRow> of(String zone, PeriodKind kind, String key) {
        return list("zone = ?1 and periodKind = ?2 and periodKey = ?3 order by rank", zone, kind, key);
    }

    /** The primary key: one line per team and period. */
    public static class Key implements Serializable {
        public String zone;
        public PeriodKind periodKind;
        public String periodKey;
        public UUID teamId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(zone, key.zone) && periodKind == key.periodKind
                    && Objects.equals(periodKey, key.periodKey) && Objects.equals(teamId, key.teamId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(zone, periodKind, periodKey, teamId);
        }
    }
}
