package io.zhaoshang.projects.warning;

/** What a warning (预警) is about. */
public enum WarningKind {
    /** A key milestone is past its due day and not passed (关键环节逾期). */
    MILESTONE_OVERDUE,
    /** A milestone accepted on a waiver (容缺受理) is past the day its documents were due (容缺材料逾期). */
    WAIVER_DOCUMENTS_OVERDUE,
    /** Parks rejected the project's land request (用地申请被拒). */
    LAND_REJECTED
}
