package io.zhaoshang.parks.land;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a parcel may be built for, in the categories land supply (供地) is planned by. */
@Schema(description = "Land use. INDUSTRIAL 工业用地, RND 科研用地, LOGISTICS 物流仓储用地, COMMERCIAL 商业服务业用地.")
public enum LandUse {
    INDUSTRIAL,
    RND,
    LOGISTICS,
    COMMERCIAL
}
