package io.zhaoshang.projects.milestone;

import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectStage;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** What milestones publish (contract: docs/events/zhaoshang.project.milestone-completed.v1.schema.json). */
final class MilestoneEvents {

    /** Key = project id, so that a project's events keep their order on the topic. */
    static final String AGGREGATE = "project";
    static final String COMPLETED = "zhaoshang.project.milestone-completed.v1";

    private MilestoneEvents() {
    }

    /** A milestone passed: DONE, or WAIVED_PENDING_DOCS (容缺) with the day its documents are due. */
    record MilestoneCompletedData(UUID projectId, String zone, String code, String ownerTeam,
            Map<String, Integer> teamShares, UUID parkId, UUID milestoneId, String templateCode, int templateVersion,
            String key, String phase, String name, String department, ProjectStage gates, MilestoneStatus status,
            LocalDate completedOn, LocalDate dueOn, LocalDate documentsDueOn, String completedBy, long version) {

        static MilestoneCompletedData of(Project project, Milestone milestone) {
            return new MilestoneCompletedData(project.id, project.zone, project.code, project.ownerTeam,
                    project.teamShares, project.parkId, milestone.id, milestone.templateCode,
                    milestone.templateVersion, milestone.key, milestone.phase, milestone.name, milestone.department,
                    milestone.gates, milestone.status, milestone.completedOn, milestone.dueOn,
                    milestone.documentsDueOn, milestone.updatedBy, milestone.version);
        }
    }
}
