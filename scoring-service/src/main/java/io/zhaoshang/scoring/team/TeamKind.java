package io.zhaoshang.scoring.team;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of investment-promotion team a zone fields in the competition. */
@Schema(description = "Kind of team. GOVERNMENT_SQUAD 政府招商小分队, SOCIAL_BUREAU 社会招商分局, "
        + "OVERSEAS_BUREAU 海外招商分局, RESIDENT_OFFICE 驻外招商办事处, PARK_TEAM 园区招商队伍.")
public enum TeamKind {
    GOVERNMENT_SQUAD,
    SOCIAL_BUREAU,
    OVERSEAS_BUREAU,
    RESIDENT_OFFICE,
    PARK_TEAM
}
