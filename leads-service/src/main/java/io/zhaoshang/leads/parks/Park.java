package io.zhaoshang.leads.parks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A park as leads knows it from parks-service's events: enough to name it, to tell whether it is
 * open and to suggest it for a lead of one of its industries.
 */
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

    /** Its leading industries (主导产业), most important first: catalog codes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "leading_industries", nullable = false)
    public List<String> leadingIndustries = new ArrayList<>();

    public boolean isOpen() {
        return OPEN.contains(status);
    }
}
