package io.zhaoshang.leads.followup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of follow-up record (跟进记录); scoring pays each by its rulebook. */
@Schema(description = "Kind of follow-up. OUTBOUND_VISIT 外出拜访/洽谈考察, INBOUND_VISIT 客商来访, MEETING 洽谈会议, "
        + "CALL 电话沟通, PROMOTION_EVENT 招商推介会 (one record for several leads), SITE_INSPECTION 实地考察.")
public enum FollowUpKind {
    OUTBOUND_VISIT,
    INBOUND_VISIT,
    MEETING,
    CALL,
    PROMOTION_EVENT,
    SITE_INSPECTION
}
