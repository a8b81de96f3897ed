package io.zhaoshang.projects.land;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Land use (用地性质) of the land a project needs, in the words of parks' land pool. */
@Schema(description = "Land use 用地性质: INDUSTRIAL 工业用地, RND 科研用地, LOGISTICS 物流仓储用地, "
        + "COMMERCIAL 商业服务业用地.")
public enum LandUse {
    INDUSTRIAL,
    RND,
    LOGISTICS,
    COMMERCIAL
}
