package io.zhaoshang.leads.company;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A merge as the API shows it. */
@Schema(name = "CompanyMerge")
public record CompanyMergeView(UUID id, UUID companyId, UUID intoCompanyId,
        @Schema(description = "The aliases the surviving company gained: the merged company's name and aliases it "
                + "did not have. An undo removes them again.") List<String> movedAliases,
        Instant mergedAt, String mergedBy,
        @Schema(description = "Until when the merge can be undone (7 days after it).") Instant undoableUntil,
        @Schema(description = "When the merge was undone; null while in force.") Instant undoneAt,
        @Schema(description = "Who undid it; null while in force.") String undoneBy,
        long version) {

    static CompanyMergeView of(CompanyMerge merge) {
        boolean undone = merge.undoneAt != null;
        return new CompanyMergeView(merge.id, merge.companyId, merge.intoCompanyId, List.copyOf(merge.movedAliases),
                merge.createdAt, merge.createdBy, merge.undoableUntil, merge.undoneAt,
                undone ? merge.updatedBy : null, merge.version);
    }
}
