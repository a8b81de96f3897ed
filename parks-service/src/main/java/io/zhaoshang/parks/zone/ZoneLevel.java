package io.zhaoshang.parks.zone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who approved the zone: the State Council, the province, or the city. */
@Schema(description = "Approval level of the zone. NATIONAL 国家级, PROVINCIAL 省级, MUNICIPAL 市级.")
public enum ZoneLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL
}
