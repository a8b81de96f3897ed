package io.zhaoshang.leads.teams;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** An investment-promotion team as leads knows it from scoring-service's team events. */
@Entity
@Table(name = "team")
public class Team extends PanacheEntityBase {

    @Id
    public UUID id;

    public String zone;

    /** What tokens name in their team claim and leads name as their owner. */
    public String code;

    public String name;

    public String kind;

    public String status;

    public long version;

    static Optional<Team> find(String zone, String code) {
        return find("zone = ?1 and code = ?2", zone, code).firstResultOptional();
    }

    static Optional<Team> findLocked(String zone, String code) {
        return find("zone = ?1 and code = ?2", zone, code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
