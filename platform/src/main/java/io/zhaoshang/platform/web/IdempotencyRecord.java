package io.zhaoshang.platform.web;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The first response to a creating request that carried an Idempotency-Key (table of V0_2). */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.RecordId.class)
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    public String operation;

    /** The token subject: two callers may pick the same key without meeting. */
    @Id
    public String caller;

    @Id
    @Column(name = "idempotency_key")
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "response_body")
    public String responseBody;

    public String location;

    public String etag;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public static class RecordId implements Serializable {
        public String operation;
        public String caller;
        public String key;

        public RecordId() {
        }

        public RecordId(String operation, String caller, String key) {
            this.operation = operation;
            this.caller = caller;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RecordId other && Objects.equals(operation, other.operation)
                    && Objects.equals(caller, other.caller) && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(operation, caller, key);
        }
    }
}
