package io.zhaoshang.leads.company;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The company of the same zone a duplicate record is merged into. */
@Schema(name = "CompanyMergeRequest", description = "The company that stays: an ACTIVE company of the same zone, not "
        + "the merged one itself.")
public record MergeRequest(@NotNull UUID intoCompanyId) {
}
