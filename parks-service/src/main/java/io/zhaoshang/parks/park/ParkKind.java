package io.zhaoshang.parks.park;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of park a zone is made of (一区多园). */
@Schema(description = "Kind of park. NEW_DISTRICT 新区, SUBDISTRICT_PARK 街道属地园区, SPECIALIZED_PARK 专业园区, "
        + "BONDED_ZONE 综合保税区, INCUBATOR 孵化器/加速器, OTHER 其他.")
public enum ParkKind {
    NEW_DISTRICT,
    SUBDISTRICT_PARK,
    SPECIALIZED_PARK,
    BONDED_ZONE,
    INCUBATOR,
    OTHER
}
