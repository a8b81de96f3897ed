package io.zhaoshang.projects.warning;

import io.zhaoshang.projects.land.LandStatus;
import io.zhaoshang.projects.milestone.Milestone;
import io.zhaoshang.projects.milestone.MilestoneStatus;
import io.zhaoshang.projects.project.ProjectStage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which warnings (预警) a project should have open today, as plain Java: the warning check raises
 * the ones not open and resolves the open ones no longer due. A warning is named by its kind, its
 * subject and its level, so a warning that grows worse is a new (RED) warning and the YELLOW one is
 * resolved.
 */
public final class WarningRules {

    /** Days past the due day after which an overdue milestone is RED. */
    public static final int RED_AFTER_DAYS = 7;
    /** The subject of a land warning: a project has one land request at a time. */
    public static final String LAND = "land";

    /** Stages a project is worked on in: a held, abandoned or producing project has nothing to warn of. */
    private static final Set<ProjectStage> WORKED_ON = EnumSet.of(ProjectStage.NEGOTIATING, ProjectStage.SIGNED,
            ProjectStage.APPROVING, ProjectStage.UNDER_CONSTRUCTION, ProjectStage.COMPLETED);
    private static final Set<MilestoneStatus> OPEN = EnumSet.of(MilestoneStatus.PENDING, MilestoneStatus.IN_PROGRESS,
            MilestoneStatus.BLOCKED);

    private WarningRules() {
    }

    /** A warning that should be open. */
    public record Due(WarningKind kind, String subject, WarningLevel level, String reason) {

        boolean sameAs(WarningKind otherKind, String otherSubject, WarningLevel otherLevel) {
            return kind == otherKind && subject.equals(otherSubject) && level == otherLevel;
        }
    }

    /** What the warnings look at of a project. */
    public record ProjectFacts(ProjectStage stage, LandStatus landStatus, String landReason, boolean landWaived,
            List<Milestone> milestones) {
    }

    /** The warnings the project should have open on {@code today} (in the zone). */
    public static List<Due> due(ProjectFacts project, LocalDate today) {
        List<Due> due = new ArrayList<>();
        if (!WORKED_ON.contains(project.stage())) {
            return due;
        }
        for (Milestone milestone : project.milestones()) {
            if (OPEN.contains(milestone.status) && today.isAfter(milestone.dueOn)) {
                long late = ChronoUnit.DAYS.between(milestone.dueOn, today);
                due.add(new Due(WarningKind.MILESTONE_OVERDUE, milestone.key,
                        late >= RED_AFTER_DAYS ? WarningLevel.RED : WarningLevel.YELLOW,
                        "关键环节 %s %s（%s）逾期 %d 天，应于 %s 前办结".formatted(milestone.key, milestone.name,
                                milestone.department, late, milestone.dueOn)));
            }
            // a waiver (容缺) is accepted on the promise of the documents: a broken promise is RED at once
            if (milestone.status == MilestoneStatus.WAIVED_PENDING_DOCS && today.isAfter(milestone.documentsDueOn)) {
                due.add(new Due(WarningKind.WAIVER_DOCUMENTS_OVERDUE, milestone.key, WarningLevel.RED,
                        "关键环节 %s %s 容缺受理的材料逾期 %d 天，应于 %s 前补齐".formatted(milestone.key, milestone.name,
                                ChronoUnit.DAYS.between(milestone.documentsDueOn, today), milestone.documentsDueOn)));
            }
        }
        // YELLOW: a park without a fitting parcel is no fault of the team (RED would cost it points)
        if (project.landStatus() == LandStatus.REJECTED && !project.landWaived()) {
            due.add(new Due(WarningKind.LAND_REJECTED, LAND, WarningLevel.YELLOW,
                    "园区未能提供用地（%s），需另行协调用地或办理用地豁免".formatted(project.landReason())));
        }
        return due;
    }
}
