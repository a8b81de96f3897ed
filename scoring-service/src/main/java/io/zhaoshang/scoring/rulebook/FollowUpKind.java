package io.zhaoshang.scoring.rulebook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of follow-up record (跟进记录) leads-service knows; a rulebook may pay each differently. */
@Schema(description = "Kind of follow-up. OUTBOUND_VISIT 外出拜访, INBOUND_VISIT 客商来访, MEETING 洽谈会议, CALL 电话沟通, "
        + "PROMOTION_EVENT 招商推介会, SITE_INSPECTION 实地考察.")
public enum FollowUpKind {
    OUTBOUND_VISIT("外出拜访", "Outbound visit"),
    INBOUND_VISIT("客商来访", "Investor visit"),
    MEETING("洽谈会议", "Meeting"),
    CALL("电话沟通", "Call"),
    PROMOTION_EVENT("招商推介会", "Promotion event"),
    SITE_INSPECTION("实地考察", "Site inspection");

    private final String chinese;
    private final String english;

    FollowUpKind(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
