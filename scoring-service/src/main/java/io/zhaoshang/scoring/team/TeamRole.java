package io.zhaoshang.scoring.team;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's place in the team. */
@Schema(description = "Role in the team. LEADER 队长, MEMBER 队员.")
public enum TeamRole {
    LEADER,
    MEMBER
}
