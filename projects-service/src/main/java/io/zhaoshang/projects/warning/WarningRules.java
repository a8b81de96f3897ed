package io.zhaoshang.projects.warning;

import io.zhaoshang.projects.milestone.Milestone;
import io.zhaoshang.projects.milestone.MilestoneStatus;
import io.zhaoshang.projects.project.ProjectStage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
    /** The subject of the warnings about the project as a whole: no progress and the three not-yets. */
    public static final String PROJECT = "project";
    /** Days without progress after which a project is warned; RED after twice as many. */
    public static final int NO_PROGRESS_DAYS = 30;
    /** Days after the signing day a project not yet under construction is warned; RED after twice as many. */
    public static final int SIGNED_NOT_STARTED_DAYS = 90;
    /** Days under construction without a milestone passed after which a project is warned; RED after twice as many. */
    public static final int STARTED_NO_MILESTONE_DAYS = 60;
    /** Days past the planned completion after which the warning is RED (YELLOW from the day after it). */
    public static final int PAST_COMPLETION_RED_DAYS = 90;

    /** Stages a project is worked on in: a held, abandoned or producing project has nothing to warn of. */
    private static final Set<ProjectStage> WORKED_ON = EnumSet.of(ProjectStage.NEGOTIATING, ProjectStage.SIGNED,
            ProjectStage.APPROVING, ProjectStage.UNDER_CONSTRUCTION, ProjectStage.COMPLETED);
    /** Signed (签约) and not yet under construction. */
    private static final Set<ProjectStage> NOT_STARTED = EnumSet.of(ProjectStage.SIGNED, ProjectStage.APPROVING);
    /** Worked on and not yet completed (竣工). */
    private static final Set<ProjectStage> NOT_COMPLETED = EnumSet.of(ProjectStage.NEGOTIATING, ProjectStage.SIGNED,
            ProjectStage.APPROVING, ProjectStage.UNDER_CONSTRUCTION);
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

    /**
     * What the warnings look at of a project: its stage and the day it entered it, the signing day (null
     * before), the planned completion (null when not planned), the day it last progressed, why parks
     * rejected its land (null unless rejected and no land reserved since, a new request pending or not),
     * whether its land need was waived, and its milestones.
     */
    public record ProjectFacts(ProjectStage stage, LocalDate stageSince, LocalDate agreementDate,
            LocalDate plannedCompletionDate, LocalDate lastProgressOn, String landRejection, boolean landWaived,
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
        // YELLOW: a park without a fitting parcel is no fault of the team (RED would cost it points); asking
        // again resolves nothing until land is reserved
        if (project.landRejection() != null && !project.landWaived()) {
            due.add(new Due(WarningKind.LAND_REJECTED, LAND, WarningLevel.YELLOW,
                    "园区未能提供用地（%s），需另行协调用地或办理用地豁免".formatted(project.landRejection())));
        }
        noProgress(project, today).ifPresent(due::add);
        signedNotStarted(project, today).ifPresent(due::add);
        startedNoMilestone(project, today).ifPresent(due::add);
        pastPlannedCompletion(project, today).ifPresent(due::add);
        return due;
    }

    private static Optional<Due> noProgress(ProjectFacts project, LocalDate today) {
        long idle = ChronoUnit.DAYS.between(project.lastProgressOn(), today);
        return idle < NO_PROGRESS_DAYS ? Optional.empty()
                : Optional.of(new Due(WarningKind.NO_PROGRESS, PROJECT, twiceIsRed(idle, NO_PROGRESS_DAYS),
                        "项目已 %d 天无进展（最近一次推进在 %s）".formatted(idle, project.lastProgressOn())));
    }

    /** 签约未开工: counted from the signing day, a hold in between included (the signing promised a start). */
    private static Optional<Due> signedNotStarted(ProjectFacts project, LocalDate today) {
        if (!NOT_STARTED.contains(project.stage()) || project.agreementDate() == null) {
            return Optional.empty();
        }
        long since = ChronoUnit.DAYS.between(project.agreementDate(), today);
        return since < SIGNED_NOT_STARTED_DAYS ? Optional.empty()
                : Optional.of(new Due(WarningKind.SIGNED_NOT_STARTED, PROJECT, twiceIsRed(since, SIGNED_NOT_STARTED_DAYS),
                        "项目于 %s 签约，已 %d 天仍未开工".formatted(project.agreementDate(), since)));
    }

    /**
     * 开工未建设: under construction since the stage's day (a resumed project counts from its resumption) and
     * no milestone passed after that day. Milestones passed on the start day opened the gate, they are not
     * building. A project with every milestone DONE has nothing left to show progress by: not warned.
     */
    private static Optional<Due> startedNoMilestone(ProjectFacts project, LocalDate today) {
        if (project.stage() != ProjectStage.UNDER_CONSTRUCTION
                || project.milestones().stream().allMatch(milestone -> milestone.status == MilestoneStatus.DONE)
                || project.milestones().stream().anyMatch(milestone -> milestone.status.passed()
                        && milestone.completedOn.isAfter(project.stageSince()))) {
            return Optional.empty();
        }
        long since = ChronoUnit.DAYS.between(project.stageSince(), today);
        return since < STARTED_NO_MILESTONE_DAYS ? Optional.empty()
                : Optional.of(new Due(WarningKind.STARTED_NO_MILESTONE, PROJECT,
                        twiceIsRed(since, STARTED_NO_MILESTONE_DAYS),
                        "项目于 %s 开工，%d 天来没有办结任何关键环节".formatted(project.stageSince(), since)));
    }

    private static Optional<Due> pastPlannedCompletion(ProjectFacts project, LocalDate today) {
        if (!NOT_COMPLETED.contains(project.stage()) || project.plannedCompletionDate() == null
                || !today.isAfter(project.plannedCompletionDate())) {
            return Optional.empty();
        }
        long late = ChronoUnit.DAYS.between(project.plannedCompletionDate(), today);
        return Optional.of(new Due(WarningKind.PAST_PLANNED_COMPLETION, PROJECT,
                late >= PAST_COMPLETION_RED_DAYS ? WarningLevel.RED : WarningLevel.YELLOW,
                "项目计划于 %s 竣工，已逾期 %d 天仍未竣工".formatted(project.plannedCompletionDate(), late)));
    }

    /** YELLOW once {@code days} reach the limit, RED once they reach twice the limit: long neglect is a failure. */
    private static WarningLevel twiceIsRed(long days, int limit) {
        return days >= 2L * limit ? WarningLevel.RED : WarningLevel.YELLOW;
    }
}
