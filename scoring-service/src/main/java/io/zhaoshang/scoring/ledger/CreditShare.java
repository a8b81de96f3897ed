package io.zhaoshang.scoring.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** One team's share of a lead's credit, from a SHARE collision adjudication (the fact that said so). */
@Entity
@Table(name = "credit_share")
@IdClass(CreditShare.Key.class)
public class CreditShare extends PanacheEntityBase {

    @Id
    @Column(name = "fact_id")
    public UUID factId;

    @Id
    @Column(name = "team_code")
    public String teamCode;

    @Column(nullable = false)
    public String zone;

    @Column(name = "lead_id", nullable = false)
    public String leadId;

    @Column(nullable = false)
    public BigDecimal percent;

    /** The primary key: one share per adjudication and team. */
    public static class Key implements Serializable {
        public UUID factId;
        public String teamCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(factId, key.factId)
                    && java.util.Objects.equals(teamCode, key.teamCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(factId, teamCode);
        }
    }
}
