package io.zhaoshang.scoring.rulebook;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/**
 * One version of a zone's rulebook (考核办法), kept as the data an administrator posted. A version
 * never changes: every point in the ledger names the version it was computed by.
 */
@Entity
@Immutable
@Table(name = "rulebook")
public class Rulebook extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(nullable = false)
    public String zone;

    /** 1, 2, 3... per zone, in the order published. */
    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String title;

    /** The first day, in the zone, whose facts this version scores (until a version effective later). */
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** The whole document as posted (title, effectiveFrom, notes, rules), valid against rulebook.schema.json. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rules", nullable = false)
    public JsonNode document;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static Optional<Rulebook> find(String zone, int version) {
        return find("zone = ?1 and version = ?2", zone, version).firstResultOptional();
    }

    /** The version in force on a day: the latest effective date on or before it; of two on one day the later version. */
    public static Optional<Rulebook> effectiveOn(String zone, LocalDate day) {
        return find("zone = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc, version desc", zone, day)
                .firstResultOptional();
    }

    static int latestVersion(String zone) {
        Integer latest = getEntityManager()
                .createQuery("select max(version) from Rulebook where zone = ?1", Integer.class)
                .setParameter(1, zone).getSingleResult();
        return latest == null ? 0 : latest;
    }
}
