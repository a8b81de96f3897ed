package io.zhaoshang.projects.stage;

import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.projects.land.LandEvents;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectChanged;
import io.zhaoshang.projects.project.ProjectService;
import io.zhaoshang.projects.project.ProjectStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Moves projects through their stages: checks the guards, records the agreement, the land waiver
 * and the history line, and publishes the stage change (and the land request on entering APPROVING)
 * in the same transaction. The project's row is locked first, so two moves of one project run one
 * after the other and the second sees the first (a stale If-Match is a 412).
 */
@ApplicationScoped
public class StageService {

    private final ProjectService projects;
    private final Outbox outbox;
    private final Caller caller;
    private final MilestoneGate milestones;
    private final Event<StageEntered> entered;
    private final Clock clock;
    private final Event<ProjectChanged> changes;

    StageService(ProjectService projects, Outbox outbox, Caller caller, MilestoneGate milestones,
            Event<StageEntered> entered, Clock clock, Event<ProjectChanged> changes) {
        this.projects = projects;
        this.outbox = outbox;
        this.caller = caller;
        this.milestones = milestones;
        this.entered = entered;
        this.clock = clock;
        this.changes = changes;
    }

    @Transactional
    public Project transition(UUID projectId, String ifMatch, StageTransitionRequest request) {
        Project project = projects.getForChange(projectId);
        ETags.requireMatch(ifMatch, project.version);
        StageMachine.check(project, request, LocalDate.now(clock.withZone(Project.ZONE_TIME)));
        ProjectStage from = project.stage;
        boolean advancing = StageMachine.advances(from, request.to());
        if (advancing) {
            milestones.requireDone(project, request.to());
        }
        String by = caller.subject();
        Instant now = clock.instant();
        if (advancing && request.agreement() != null) {
            AgreementRequest agreement = request.agreement();
            project.sign(agreement.type(), agreement.number().strip(), agreement.date(), agreement.signedAmount());
        }
        if (request.landWaiver() != null) {
            project.land.waived(request.landWaiver().reason().strip(), by, now);
        }
        if (advancing && request.to() == ProjectStage.APPROVING && project.needsLand()) {
            // asked in the same transaction: the land request exists exactly when the project is APPROVING
            UUID requestEventId = outbox.append(LandEvents.AGGREGATE, project.id, LandEvents.LAND_REQUESTED,
                    LandEvents.LandRequestedData.of(project, now));
            project.land.requested(requestEventId, now);
        }
        project.enter(request.to(), request.date());
        project.progressed(now);
        project.changedBy(by);
        project.flush();
        StageChange change = StageChange.of(project, from, request, by, now);
        change.persist();
        outbox.append(StageEvents.AGGREGATE, project.id, StageEvents.STAGE_CHANGED,
                StageEvents.StageChangedData.of(project, change));
        if (advancing) {
            entered.fire(new StageEntered(project, from, request.to(), request.date()));
        }
        changes.fire(new ProjectChanged(project));
        return project;
    }

    /** Every stage the project entered, oldest first. */
    public List<StageChange> history(UUID projectId) {
        Project project = projects.get(projectId);
        return StageChange.of(project.id);
    }
}
