package io.zhaoshang.projects.warning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a warning (预警) is about. */
@Schema(description = "What the warning is about. MILESTONE_OVERDUE 关键环节逾期, WAIVER_DOCUMENTS_OVERDUE 容缺材料逾期, "
        + "LAND_REJECTED 用地申请被拒, NO_PROGRESS 长期无进展, SIGNED_NOT_STARTED 签约未开工, STARTED_NO_MILESTONE 开工未建设, "
        + "PAST_PLANNED_COMPLETION 逾期未竣工.")
public enum WarningKind {
    /** A key milestone is past its due day and not passed (关键环节逾期). */
    MILESTONE_OVERDUE,
    /** A milestone accepted on a waiver (容缺受理) is past the day its documents were due (容缺材料逾期). */
    WAIVER_DOCUMENTS_OVERDUE,
    /** Parks rejected the project's land request (用地申请被拒). */
    LAND_REJECTED,
    /** The project has not progressed for 30 days (长期无进展). */
    NO_PROGRESS,
    /** Signed 90 days ago and not under construction (签约未开工, the first of the three not-yets 三未). */
    SIGNED_NOT_STARTED,
    /** Under construction for 60 days and no milestone passed since the start (开工未建设). */
    STARTED_NO_MILESTONE,
    /** Past the planned completion day and not completed (逾期未竣工). */
    PAST_PLANNED_COMPLETION
}
