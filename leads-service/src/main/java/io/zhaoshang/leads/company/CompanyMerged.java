package io.zhaoshang.leads.company;

import java.util.UUID;

/**
 * Fired (CDI, synchronously, in the merge's transaction) when a company is merged into another:
 * the hook for what else belongs to a company. Leads and follow-ups do not exist yet; when they do,
 * their packages observe this to move the merged company's leads to the survivor, keyed by
 * {@code mergeId}, and {@link CompanyMergeUndone} to move them back.
 */
public record CompanyMerged(UUID mergeId, String zone, UUID companyId, UUID intoCompanyId) {
}
