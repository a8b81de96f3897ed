package io.zhaoshang.projects.stage;

import static io.zhaoshang.projects.project.ProjectStage.ABANDONED;
import static io.zhaoshang.projects.project.ProjectStage.APPROVING;
import static io.zhaoshang.projects.project.ProjectStage.COMPLETED;
import static io.zhaoshang.projects.project.ProjectStage.IN_PRODUCTION;
import static io.zhaoshang.projects.project.ProjectStage.NEGOTIATING;
import static io.zhaoshang.projects.project.ProjectStage.ON_HOLD;
import static io.zhaoshang.projects.project.ProjectStage.SIGNED;
import static io.zhaoshang.projects.project.ProjectStage.UNDER_CONSTRUCTION;

import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectStage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle of a project (项目全生命周期) and the guards of each move, as plain Java. Forward one
 * stage at a time: NEGOTIATING → SIGNED → APPROVING → UNDER_CONSTRUCTION → COMPLETED → IN_PRODUCTION.
 * An active stage (any before IN_PRODUCTION) may go ON_HOLD and back to where it was, or be
 * ABANDONED with a reason; ABANDONED and IN_PRODUCTION are final. A refused move is a problem whose
 * member {@code guard} names the guard that failed, and nothing is changed.
 */
public final class StageMachine {

    /** The stages a project works through; each may be held or abandoned. */
    static final Set<ProjectStage> ACTIVE = EnumSet.of(NEGOTIATING, SIGNED, APPROVING, UNDER_CONSTRUCTION, COMPLETED);

    private static final Map<ProjectStage, ProjectStage> NEXT = Map.of(
            NEGOTIATING, SIGNED,
            SIGNED, APPROVING,
            APPROVING, UNDER_CONSTRUCTION,
            UNDER_CONSTRUCTION, COMPLETED,
            COMPLETED, IN_PRODUCTION);

    /** The guards, named as a refusal names them in its {@code guard} member. */
    public static final String TRANSITION = "transition";
    public static final String DATE = "date";
    public static final String REASON = "reason";
    public static final String AGREEMENT = "agreement";
    public static final String LAND = "land";
    public static final String MILESTONES = "milestones";

    private StageMachine() {
    }

    /** The next stage forward, if there is one. */
    public static Optional<ProjectStage> next(ProjectStage stage) {
        return Optional.ofNullable(NEXT.get(stage));
    }

    /** Where a project of {@code stage} may go; {@code beforeHold} is the stage an ON_HOLD project resumes to. */
    public static Set<ProjectStage> allowed(ProjectStage stage, ProjectStage beforeHold) {
        if (stage == ON_HOLD) {
            return EnumSet.of(beforeHold, ABANDONED);
        }
        if (!ACTIVE.contains(stage)) {
            return EnumSet.noneOf(ProjectStage.class);
        }
        return EnumSet.of(NEXT.get(stage), ON_HOLD, ABANDONED);
    }

    /** Whether the move goes one stage forward (rather than onto or off a hold, or out). */
    public static boolean advances(ProjectStage from, ProjectStage to) {
        return NEXT.get(from) == to;
    }

    /**
     * Every guard of moving {@code project} as {@code request} says, on {@code today} in the zone:
     * the move is allowed from where the project stands, its dates are neither in the future nor
     * before the project (or its current stage), a hold or an abandonment has a reason, a signing has
     * its agreement, construction has its land. Milestones are checked by the {@link MilestoneGate}.
     */
    public static void check(Project project, StageTransitionRequest request, LocalDate today) {
        ProjectStage to = request.to();
        Set<ProjectStage> allowed = allowed(project.stage, project.stageBeforeHold);
        if (!allowed.contains(to)) {
            throw refused(ProblemException.conflict("stage-transition-not-allowed", project.stage, to), TRANSITION)
                    .with("stage", project.stage).with("allowed", List.copyOf(allowed))
                    .withError("to", "stage-transition-not-allowed", project.stage, to);
        }
        checkDate("date", request.date(), project, today, DATE);
        if (project.stageSince != null && request.date().isBefore(project.stageSince)) {
            throw refused(ProblemException.unprocessable("date-before-stage", request.date(), project.stageSince), DATE)
                    .withError("date", "date-before-stage", request.date(), project.stageSince);
        }
        if ((to == ON_HOLD || to == ABANDONED) && (request.reason() == null || request.reason().isBlank())) {
            throw refused(ProblemException.unprocessable("reason-required", to), REASON)
                    .withError("reason", "reason-required", to);
        }
        checkAgreement(project, request, today);
        checkLand(project, request);
    }

    private static void checkAgreement(Project project, StageTransitionRequest request, LocalDate today) {
        boolean signing = request.to() == SIGNED && advances(project.stage, SIGNED);
        if (!signing) {
            if (request.agreement() != null) {
                throw refused(ProblemException.unprocessable("agreement-not-expected", request.to()), AGREEMENT)
                        .withError("agreement", "agreement-not-expected", request.to());
            }
            return;
        }
        if (request.agreement() == null) {
            throw refused(ProblemException.unprocessable("agreement-required"), AGREEMENT)
                    .withError("agreement", "agreement-required");
        }
        checkDate("agreement.date", request.agreement().date(), project, today, AGREEMENT);
    }

    private static void checkLand(Project project, StageTransitionRequest request) {
        boolean startsConstruction = request.to() == UNDER_CONSTRUCTION && advances(project.stage, UNDER_CONSTRUCTION);
        if (request.landWaiver() != null && !(startsConstruction && project.needsLand())) {
            throw refused(ProblemException.unprocessable("land-waiver-not-expected"), LAND)
                    .withError("landWaiver", "land-waiver-not-expected");
        }
        if (request.to() == APPROVING && advances(project.stage, APPROVING) && project.needsLand()
                && project.landParkId() == null) {
            throw refused(ProblemException.conflict("park-required-for-land"), LAND);
        }
        if (startsConstruction && project.needsLand() && !project.land.readyForConstruction()
                && request.landWaiver() == null) {
            throw refused(ProblemException.conflict("land-not-reserved", project.land.status), LAND)
                    .with("landStatus", project.land.status);
        }
    }

    /** A day of the move or its agreement: not in the future, not before the project existed. */
    private static void checkDate(String field, LocalDate date, Project project, LocalDate today, String guard) {
        if (date.isAfter(today)) {
            throw refused(ProblemException.unprocessable("date-in-future", date, today), guard)
                    .withError(field, "date-in-future", date, today);
        }
        if (date.isBefore(project.createdOn())) {
            throw refused(ProblemException.unprocessable("date-before-project", date, project.createdOn()), guard)
                    .withError(field, "date-before-project", date, project.createdOn());
        }
    }

    static ProblemException refused(ProblemException problem, String guard) {
        return problem.with("guard", guard);
    }
}
