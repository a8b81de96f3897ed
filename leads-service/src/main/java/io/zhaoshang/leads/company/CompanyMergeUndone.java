package io.zhaoshang.leads.company;

import java.util.UUID;

/** Fired (CDI, synchronously, in the undo's transaction) when a merge is undone: see {@link CompanyMerged}. */
public record CompanyMergeUndone(UUID mergeId, String zone, UUID companyId, UUID intoCompanyId) {
}
