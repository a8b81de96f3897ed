package io.zhaoshang.leads.collision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "OPEN 待裁定, ADJUDICATED 已裁定.")
public enum CollisionStatus {
    OPEN,
    ADJUDICATED
}
