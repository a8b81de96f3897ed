package io.zhaoshang.projects.teams;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An investment-promotion team as projects knows it from scoring-service's team events. */
@Entity
@Table(name = "team")
public class Team extends PanacheEntityBase {

    @Id
    public UUID id;

    public String zone;

    /** What tokens name in their team claim and projects name as their owner and in their credit shares. */
    public String code;

    public String name;

    public String kind;

    public String status;

    public long version;
}
