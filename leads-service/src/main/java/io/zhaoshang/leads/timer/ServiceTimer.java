package io.zhaoshang.leads.timer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The service timers of a lead (线索办理时限). */
@Schema(description = "Service timer of a lead (线索办理时限). RESPOND 响应 (name an owner), ASSESS 研判, FEEDBACK 反馈 "
        + "(a first follow-up), PROGRESS 进展报告 (a follow-up every period).")
public enum ServiceTimer {
    RESPOND,
    ASSESS,
    FEEDBACK,
    PROGRESS
}
