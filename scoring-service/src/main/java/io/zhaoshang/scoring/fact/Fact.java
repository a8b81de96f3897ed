package io.zhaoshang.scoring.fact;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/**
 * One event of another service as scoring received it, kept unchanged: points are computed from
 * facts, so a corrected rulebook can recompute an open period from exactly what happened.
 */
@Entity
@Immutable
@Table(name = "fact")
public class Fact extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    /** The CloudEvent id; one fact per event, like the inbox. */
    @Column(name = "event_id", nullable = false, unique = true)
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String source;

    /** The id of the aggregate the event is about (lead, project). */
    public String subject;

    /** When it happened at the producer: this places the fact in a period. */
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The zone named in the data; null for an event that names none. */
    public String zone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode data;

    @CreationTimestamp
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
