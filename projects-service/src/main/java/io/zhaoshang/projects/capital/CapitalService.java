package io.zhaoshang.projects.capital;

import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectChanged;
import io.zhaoshang.projects.project.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Records capital arrivals (到资) of signed projects and publishes each one. The project's row is
 * locked first, so that two instalments of one project are added one after the other and the limit
 * is checked against the total the first one left.
 */
@ApplicationScoped
public class CapitalService {

    private final ProjectService projects;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final Event<ProjectChanged> changes;

    CapitalService(ProjectService projects, Outbox outbox, Caller caller, Clock clock, Event<ProjectChanged> changes) {
        this.projects = projects;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.changes = changes;
    }

    @Transactional
    public Arrived record(UUID projectId, CapitalArrivalRequest request) {
        Project project = projects.getForChange(projectId);
        CapitalRules.check(project.stage, project.signedAmount(), project.capitalArrived().amount(),
                project.createdOn(), LocalDate.now(clock.withZone(Project.ZONE_TIME)), request);
        Instant now = clock.instant();
        project.capitalArrives(request.amount().inCny());
        project.progressed(now);
        project.changedBy(caller.subject());
        project.flush();
        CapitalArrival arrival = CapitalArrival.of(project, request, caller.subject(), now);
        arrival.persist();
        outbox.append(CapitalEvents.AGGREGATE, project.id, CapitalEvents.CAPITAL_ARRIVED,
                CapitalEvents.CapitalArrivedData.of(project, arrival));
        changes.fire(new ProjectChanged(project));
        return new Arrived(project, arrival);
    }

    public Arrived get(UUID projectId, UUID arrivalId) {
        Project project = projects.get(projectId);
        CapitalArrival arrival = CapitalArrival.<CapitalArrival>findByIdOptional(arrivalId)
                .filter(found -> found.projectId.equals(project.id))
                .orElseThrow(() -> ProblemException.notFound("capital-arrival", arrivalId));
        return new Arrived(project, arrival);
    }

    public CapitalArrivalView.CapitalArrivals list(UUID projectId) {
        Project project = projects.get(projectId);
        return CapitalArrivalView.CapitalArrivals.of(project, CapitalArrival.of(project.id));
    }

    /** An instalment and the project it arrived for. */
    public record Arrived(Project project, CapitalArrival arrival) {
    }
}
