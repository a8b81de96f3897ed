package io.zhaoshang.projects.warning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A warning as the API shows it. */
@Schema(name = "Warning", description = "An early warning (预警) of a project.")
public record WarningView(
        UUID id,
        UUID projectId,
        @Schema(description = "The project's code.", examples = "ZS-2026-000123") String code,
        String ownerTeam,
        UUID parkId,
        WarningKind kind,
        WarningLevel level,
        @Schema(description = "What it is about: the milestone's key, `land`, or `project` (no progress and the three not-yets).", examples = "GH-04") String subject,
        @Schema(description = "Why, in words.", examples = "关键环节 GH-04 环境影响评价审批（生态环境局）逾期 3 天，应于 2026-12-02 前办结")
        String reason,
        Instant raisedAt,
        @Schema(description = "When it no longer held; null while open.") Instant resolvedAt) {

    static WarningView of(Warning warning) {
        return new WarningView(warning.id, warning.projectId, warning.code, warning.ownerTeam, warning.parkId,
                warning.kind, warning.level, warning.subject, warning.reason, warning.raisedAt, warning.resolvedAt);
    }

    /** The warnings of one project, newest first. */
    @Schema(name = "ProjectWarnings", description = "Every warning of a project, open and resolved, newest first.")
    public record Warnings(List<WarningView> items) {
    }
}
