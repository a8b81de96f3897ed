package io.zhaoshang.scoring.team;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a team stands in last-place elimination (末位淘汰); a new team is ACTIVE. */
@Schema(description = "Standing of the team. ACTIVE 正常, WARNED 已警告, ELIMINATION_PROPOSED 拟淘汰, "
        + "ELIMINATED 已淘汰, DISBANDED 已撤销.")
public enum TeamStatus {
    ACTIVE,
    WARNED,
    ELIMINATION_PROPOSED,
    ELIMINATED,
    DISBANDED
}
