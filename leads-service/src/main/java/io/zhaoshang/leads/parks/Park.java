package io.zhaoshang.leads.parks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.UUID;

/** A park as leads knows it from parks-service's events: enough to name it and to tell whether it is open. */
@Entity
@Table(name = "park")
public class Park extends PanacheEntityBase {

    /** A park in these statuses takes new projects; MERGED and RETIRED are final. */
    static final Set<String> OPEN = Set.of("PLANNED", "ACTIVE");

    @Id
    public UUID id;

    public String zone;

    public String code;

    public String name;

    public String status;

    public long version;

    public boolean isOpen() {
        return OPEN.contains(status);
    }
}
