package io.zhaoshang.leads.leadimport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** How one row of an import ended. */
@Entity
@Table(name = "lead_import_row")
@IdClass(ImportRow.RowId.class)
public class ImportRow extends PanacheEntityBase {

    @Id
    @Column(name = "import_id")
    public UUID importId;

    /** The line of the file, the header being line 1: the row number Excel shows. */
    @Id
    @Column(name = "row_number")
    public int rowNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RowOutcome outcome;

    @Column(name = "lead_id")
    public UUID leadId;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "collision_id")
    public UUID collisionId;

    @Column(name = "owner_team")
    public String ownerTeam;

    public String problem;

    public String field;

    public String message;

    static ImportRow of(int rowNumber, RowOutcome outcome) {
        ImportRow row = new ImportRow();
        row.rowNumber = rowNumber;
        row.outcome = outcome;
        return row;
    }

    static ImportRow rejected(int rowNumber, String problem, String field, String message) {
        ImportRow row = of(rowNumber, RowOutcome.REJECTED);
        row.problem = problem;
        row.field = field;
        row.message = message;
        return row;
    }

    public static class RowId implements Serializable {
        public UUID importId;
        public int rowNumber;

        @Override
        public boolean equals(Object o) {
            return o instanceof RowId other && Objects.equals(importId, other.importId) && rowNumber == other.rowNumber;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, rowNumber);
        }
    }
}
