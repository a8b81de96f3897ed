package io.zhaoshang.leads.leadimport;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeadImportRow", description = "How one row of an import ended.")
public record ImportRowView(
        @Schema(description = "The line of the file, the header being line 1 (the row number Excel shows).")
        int rowNumber,
        RowOutcome outcome,
        @Schema(description = "CREATED: the new lead; COLLISION: the active lead the company has.") UUID leadId,
        @Schema(description = "COLLISION with an active project: the project.") UUID projectId,
        @Schema(description = "COLLISION: the collision recorded for the administration.") UUID collisionId,
        @Schema(description = "COLLISION: the team holding the lead or project; null for the public pool.")
        String ownerTeam,
        @Schema(description = "REJECTED: the problem code, e.g. `unknown-company`, `csv-malformed-row`.") String problem,
        @Schema(description = "REJECTED: the column at fault, if one.") String field,
        @Schema(description = "REJECTED: the reason, in the language of the import request.") String message) {

    /** The columns of the downloadable row results. */
    static final List<String> COLUMNS = List.of("rowNumber", "outcome", "leadId", "projectId", "collisionId",
            "ownerTeam", "problem", "field", "message");

    static ImportRowView of(ImportRow row) {
        return new ImportRowView(row.rowNumber, row.outcome, row.leadId, row.projectId, row.collisionId, row.ownerTeam,
                row.problem, row.field, row.message);
    }

    List<Object> values() {
        return java.util.Arrays.asList(rowNumber, outcome, leadId, projectId, collisionId, ownerTeam, problem, field,
                message);
    }
}
