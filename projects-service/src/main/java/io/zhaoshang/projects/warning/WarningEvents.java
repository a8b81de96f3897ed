package io.zhaoshang.projects.warning;

import io.zhaoshang.projects.project.Project;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What warnings publish (contract: docs/events/zhaoshang.project.warning-raised.v1.schema.json and
 * zhaoshang.project.warning-resolved.v1.schema.json).
 */
final class WarningEvents {

    /** Key = project id, so that a project's events keep their order on the topic. */
    static final String AGGREGATE = "project";
    static final String RAISED = "zhaoshang.project.warning-raised.v1";
    static final String RESOLVED = "zhaoshang.project.warning-resolved.v1";

    private WarningEvents() {
    }

    /** A warning was raised: scoring penalizes the owner team for a RED one. */
    record WarningRaisedData(UUID projectId, String zone, String code, String ownerTeam,
            Map<String, Integer> teamShares, UUID parkId, UUID warningId, WarningKind kind, WarningLevel level,
            String subject, String reason, Instant raisedAt) {

        static WarningRaisedData of(Project project, Warning warning) {
            return new WarningRaisedData(project.id, project.zone, project.code, project.ownerTeam,
                    project.teamShares, project.parkId, warning.id, warning.kind, warning.level, warning.subject,
                    warning.reason, warning.raisedAt);
        }
    }

    /** A warning no longer holds: the milestone passed, the project was held, the land found, or it grew RED. */
    record WarningResolvedData(UUID projectId, String zone, String code, String ownerTeam, UUID parkId,
            UUID warningId, WarningKind kind, WarningLevel level, String subject, String reason, Instant raisedAt,
            Instant resolvedAt) {

        static WarningResolvedData of(Project project, Warning warning) {
            return new WarningResolvedData(project.id, project.zone, project.code, project.ownerTeam,
                    project.parkId, warning.id, warning.kind, warning.level, warning.subject, warning.reason,
                    warning.raisedAt, warning.resolvedAt);
        }
    }
}
