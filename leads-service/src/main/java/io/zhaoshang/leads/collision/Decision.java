package io.zhaoshang.leads.collision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the administration settles a collision (撞单裁定). */
@Schema(description = "KEEP_FIRST 首报负责 (the first reporter keeps it), TRANSFER 转给后报队伍 (the lead moves to the "
        + "second reporter's team), SHARE 共享业绩 (credit split between the two teams by `shares`).")
public enum Decision {
    KEEP_FIRST,
    TRANSFER,
    SHARE
}
