package io.zhaoshang.leads.leadimport;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeadImport", description = "An import of leads from a CSV file (线索批量导入) and the counts of its row results.")
public record LeadImportView(
        UUID id,
        ImportStatus status,
        @Schema(description = "Rows of the file (non-blank lines after the header).") int totalRows,
        @Schema(description = "Rows that became leads.") int created,
        @Schema(description = "Rows whose company had an active lead or project (撞单): the collisions are recorded.")
        int collisions,
        @Schema(description = "Rows refused, each with its reason in the row results.") int rejected,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Who imported the file (token subject).") String createdBy) {

    static LeadImportView of(LeadImport job) {
        return new LeadImportView(job.id, job.status, job.totalRows, job.createdRows, job.collisionRows,
                job.rejectedRows, job.createdAt, job.finishedAt, job.createdBy);
    }
}
