package io.zhaoshang.leads.company;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a company record stands on its own or was merged into another (a duplicate of it). */
@Schema(description = "ACTIVE 有效; MERGED 已合并 (a duplicate merged into the company `mergedInto`; a merge can be "
        + "undone for 7 days).")
public enum CompanyStatus {
    ACTIVE,
    MERGED
}
