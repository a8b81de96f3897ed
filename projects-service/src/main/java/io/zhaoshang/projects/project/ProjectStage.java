package io.zhaoshang.projects.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a project stands in its lifecycle (项目全生命周期); a new project is always NEGOTIATING. */
@Schema(description = "Stage of the project. NEGOTIATING 在谈, SIGNED 签约, APPROVING 审批/供地, "
        + "UNDER_CONSTRUCTION 开工, COMPLETED 竣工, IN_PRODUCTION 投产; side stages ON_HOLD 暂缓 (resumable) "
        + "and ABANDONED 终止 (terminal).")
public enum ProjectStage {
    NEGOTIATING,
    SIGNED,
    APPROVING,
    UNDER_CONSTRUCTION,
    COMPLETED,
    IN_PRODUCTION,
    ON_HOLD,
    ABANDONED
}
