package io.zhaoshang.projects.milestone;

import io.zhaoshang.projects.project.ProjectStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key milestone as the API shows it. */
@Schema(name = "Milestone")
public record MilestoneView(
        UUID id,
        UUID projectId,
        @Schema(description = "Template and version the milestone was planned from.", examples = "START-OF-CONSTRUCTION")
        String templateCode,
        int templateVersion,
        @Schema(description = "Key of the step in its template.", examples = "GH-04") String key,
        @Schema(description = "Phase: 协议、规划、土地、征收、排迁、供地、施工许可、竣工验收.", examples = "规划") String phase,
        @Schema(examples = "环境影响评价审批") String name,
        @Schema(description = "Owner department.", examples = "生态环境局") String department,
        @Schema(description = "The stage that may be entered only once the milestone is DONE or WAIVED_PENDING_DOCS.")
        ProjectStage gates,
        @Schema(description = "Due day: the day the project entered APPROVING plus the template's due days.")
        LocalDate dueOn,
        @Schema(description = "并联审批: the milestones of one group run side by side.", examples = "前期评估并联")
        String parallelGroup,
        @Schema(description = "Keys of the milestones that must be passed before this one starts.")
        List<String> predecessors,
        MilestoneStatus status,
        @Schema(description = "Day of the last progress.") LocalDate statusOn,
        LocalDate startedOn,
        @Schema(description = "Day it was done or waived.") LocalDate completedOn,
        @Schema(description = "容缺办理: the day the documents are due.") LocalDate documentsDueOn,
        @Schema(description = "Why it is BLOCKED.") String blockedReason,
        String note,
        @Schema(description = "Version of the milestone: its ETag, for If-Match.") long version,
        Instant updatedAt, String updatedBy) {

    static MilestoneView of(Milestone milestone) {
        return new MilestoneView(milestone.id, milestone.projectId, milestone.templateCode, milestone.templateVersion,
                milestone.key, milestone.phase, milestone.name, milestone.department, milestone.gates,
                milestone.dueOn, milestone.parallelGroup, milestone.predecessors, milestone.status,
                milestone.statusOn, milestone.startedOn, milestone.completedOn, milestone.documentsDueOn,
                milestone.blockedReason, milestone.note, milestone.version, milestone.updatedAt, milestone.updatedBy);
    }

    @Schema(name = "Milestones")
    public record Milestones(List<MilestoneView> items) {
    }
}
