package io.zhaoshang.leads.leadimport;

import io.zhaoshang.platform.persistence.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** An import of leads from a CSV file, with the counts of its row results ({@link ImportRow}). */
@Entity
@Table(name = "lead_import")
public class LeadImport extends Aggregate {

    @Column(nullable = false, updatable = false)
    public String zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportStatus status = ImportStatus.RUNNING;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Column(name = "file_sha256", nullable = false, updatable = false)
    public String fileSha256;

    @Column(name = "total_rows", nullable = false, updatable = false)
    public int totalRows;

    @Column(name = "created_rows", nullable = false)
    public int createdRows;

    @Column(name = "collision_rows", nullable = false)
    public int collisionRows;

    @Column(name = "rejected_rows", nullable = false)
    public int rejectedRows;

    @Column(name = "finished_at")
    public Instant finishedAt;

    void count(RowOutcome outcome) {
        switch (outcome) {
            case CREATED -> createdRows++;
            case COLLISION -> collisionRows++;
            case REJECTED -> rejectedRows++;
        }
    }
}
