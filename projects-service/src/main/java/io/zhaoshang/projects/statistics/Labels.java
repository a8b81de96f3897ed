package io.zhaoshang.projects.statistics;

import io.zhaoshang.projects.project.ProjectStage;
import io.zhaoshang.projects.project.ProjectTier;
import java.util.Map;

/** The Chinese names a front end shows for the stage and tier codes of a group (在谈 for NEGOTIATING). */
final class Labels {

    static final Map<ProjectStage, String> STAGES = Map.of(
            ProjectStage.NEGOTIATING, "在谈",
            ProjectStage.SIGNED, "签约",
            ProjectStage.APPROVING, "审批/供地",
            ProjectStage.UNDER_CONSTRUCTION, "开工",
            ProjectStage.COMPLETED, "竣工",
            ProjectStage.IN_PRODUCTION, "投产",
            ProjectStage.ON_HOLD, "暂缓",
            ProjectStage.ABANDONED, "终止");

    static final Map<ProjectTier, String> TIERS = Map.of(
            ProjectTier.MAJOR, "10亿元以上",
            ProjectTier.KEY, "亿元以上",
            ProjectTier.REGULAR, "亿元以下");

    private Labels() {
    }
}
