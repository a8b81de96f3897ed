package io.zhaoshang.projects.land;

import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectChanged;
import io.zhaoshang.projects.project.ProjectService;
import io.zhaoshang.projects.project.ProjectStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Asks parks for a project's land again (再次申请用地): after a rejection, a released reservation, or a
 * land need added while APPROVING. The request is the same event entering APPROVING publishes, so parks
 * answers it as any other; its id becomes the one parks' answers must name. Nothing is resolved until
 * parks answers: a rejected project stays warned until land is reserved.
 */
@ApplicationScoped
public class LandRequestService {

    /** Land statuses with no request pending and no land held: the project may ask (again). */
    private static final Set<LandStatus> ASKABLE = EnumSet.of(LandStatus.NOT_REQUESTED, LandStatus.REJECTED,
            LandStatus.RELEASED);

    private final ProjectService projects;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final Event<ProjectChanged> changes;

    LandRequestService(ProjectService projects, Outbox outbox, Caller caller, Clock clock,
            Event<ProjectChanged> changes) {
        this.projects = projects;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.changes = changes;
    }

    @Transactional
    public Project request(UUID projectId, String ifMatch) {
        Project project = projects.getForChange(projectId);
        ETags.requireMatch(ifMatch, project.version);
        if (project.stage != ProjectStage.APPROVING || !ASKABLE.contains(project.land.status)) {
            throw ProblemException.conflict("land-request-not-allowed", project.stage, project.land.status)
                    .with("stage", project.stage).with("landStatus", project.land.status);
        }
        if (!project.needsLand()) {
            throw ProblemException.conflict("land-not-needed");
        }
        if (project.landParkId() == null) {
            throw ProblemException.conflict("park-required-for-land");
        }
        Instant now = clock.instant();
        UUID requestEventId = outbox.append(LandEvents.AGGREGATE, project.id, LandEvents.LAND_REQUESTED,
                LandEvents.LandRequestedData.of(project, now));
        project.land.requested(requestEventId, now);
        project.progressed(now);
        project.changedBy(caller.subject());
        project.flush();
        changes.fire(new ProjectChanged(project));
        return project;
    }
}
