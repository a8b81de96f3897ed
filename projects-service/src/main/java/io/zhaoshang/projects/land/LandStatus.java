package io.zhaoshang.projects.land;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a project's land stands, as parks-service answered its request. */
@Schema(description = "Land of the project. NOT_REQUESTED 未申请, REQUESTED 已申请 (entering APPROVING), RESERVED "
        + "已预留 (parcels held until reservedUntil), REJECTED 预留被驳回 (with the reason), ALLOCATED 已供地 "
        + "(construction started), RELEASED 已释放 (expired, released by the park or the project abandoned).")
public enum LandStatus {
    NOT_REQUESTED,
    REQUESTED,
    RESERVED,
    REJECTED,
    ALLOCATED,
    RELEASED
}
