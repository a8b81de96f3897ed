package io.zhaoshang.parks.land;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why held land went back to the pool. */
@Schema(description = "Why a reservation's land went back to the pool. RELEASED_BY_PARK 园区释放 (a park or zone "
        + "administrator released it), PROJECT_ABANDONED 项目终止 (the project was ABANDONED), EXPIRED 预留过期 "
        + "(not allocated before reservedUntil).")
public enum ReleaseReason {
    RELEASED_BY_PARK,
    PROJECT_ABANDONED,
    EXPIRED
}
