package io.zhaoshang.leads.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which pool a lead sits in: the public pool (公海, no owner) or a team's own (私海). */
@Schema(description = "PUBLIC 公海 (no owner team), TEAM 私海 (owned by a team).")
public enum Pool {
    PUBLIC,
    TEAM
}
