package io.zhaoshang.parks.land;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a land request from projects-service could not be met; it is answered with a REJECTED reservation. */
@Schema(description = "Why a land request was rejected. NO_PARCEL_FITS 无合适地块 (no AVAILABLE parcel of that land "
        + "use, alone or together, adds up to the area), UNKNOWN_PARK 园区不存在, PARK_NOT_OPEN 园区已合并或撤销 "
        + "(MERGED or RETIRED), ZONE_NOT_REGISTERED 开发区未登记.")
public enum RejectionReason {
    NO_PARCEL_FITS,
    UNKNOWN_PARK,
    PARK_NOT_OPEN,
    ZONE_NOT_REGISTERED
}
