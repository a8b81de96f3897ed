package io.zhaoshang.projects.milestone;

/** Where a key milestone (关键环节) stands. */
public enum MilestoneStatus {
    PENDING,
    IN_PROGRESS,
    DONE,
    /** 容缺办理: accepted now, the documents follow by a deadline. */
    WAIVED_PENDING_DOCS,
    BLOCKED;

    /** Whether the milestone no longer holds anything up: its successors may go on, its stage may be entered. */
    public boolean passed() {
        return this == DONE || this == WAIVED_PENDING_DOCS;
    }
}
