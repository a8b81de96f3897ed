package io.zhaoshang.projects.parks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.UUID;

/** A park as projects knows it from parks-service's events: its zone, its parent park, whether it is open. */
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

    /** The park a sub-park (园中园) lies in; null for a park of the zone's first level. */
    @Column(name = "parent_id")
    public UUID parentId;

    public String status;

    public long version;

    public boolean isOpen() {
        return OPEN.contains(status);
    }
}
