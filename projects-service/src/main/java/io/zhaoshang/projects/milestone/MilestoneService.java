package io.zhaoshang.projects.milestone;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.persistence.InList;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectChanged;
import io.zhaoshang.projects.project.ProjectService;
import io.zhaoshang.projects.project.ProjectStage;
import io.zhaoshang.projects.stage.MilestoneGate;
import io.zhaoshang.projects.stage.StageEntered;
import io.zhaoshang.projects.stage.StageMachine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * A project's key milestones (关键环节): planned from the newest template for its tier when it enters
 * APPROVING (the stage before construction, which most milestones gate), progressed by the owner
 * team or the administration, and the gate of every stage they gate.
 */
@ApplicationScoped
public class MilestoneService implements MilestoneGate {

    private static final Logger LOG = Logger.getLogger(MilestoneService.class);
    /** How many open milestones a refused stage move names; the list endpoint has them all. */
    private static final int OPEN_NAMED = 10;

    private final ProjectService projects;
    private final MilestoneTemplates templates;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final Event<ProjectChanged> changes;

    MilestoneService(ProjectService projects, MilestoneTemplates templates, Outbox outbox, Caller caller,
            Clock clock, Event<ProjectChanged> changes) {
        this.projects = projects;
        this.templates = templates;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.changes = changes;
    }

    /** Plans the milestones of a project entering APPROVING, once: a project resumed or re-entering keeps its own. */
    void planOnApproving(@Observes StageEntered entered) {
        Project project = entered.project();
        if (entered.to() != ProjectStage.APPROVING || Milestone.count("projectId", project.id) > 0) {
            return;
        }
        templates.newestFor(project.tier).ifPresentOrElse(template -> {
            List<Milestone> milestones = MilestonePlan.plan(project.id, project.zone, template, entered.date());
            milestones.forEach(milestone -> {
                milestone.changedBy(caller.subject());
                milestone.persist();
            });
        }, () -> LOG.warnf("no milestone template serves tier %s: project %s has no milestones", project.tier,
                project.id));
    }

    @Override
    public void requireDone(Project project, ProjectStage to) {
        Parameters parameters = Parameters.with("project", project.id).and("to", to);
        String settled = InList.of("settled", List.of(MilestoneStatus.DONE, MilestoneStatus.WAIVED_PENDING_DOCS),
                parameters::and);
        List<String> open = Milestone.<Milestone>list("projectId = :project and gates = :to and status not in "
                + settled + " order by position", parameters).stream().map(milestone -> milestone.key).toList();
        if (!open.isEmpty()) {
            throw ProblemException.conflict("milestones-open", to, open.size())
                    .with("guard", StageMachine.MILESTONES)
                    .with("open", open.subList(0, Math.min(OPEN_NAMED, open.size())))
                    .with("openCount", open.size());
        }
    }

    public List<Milestone> list(UUID projectId) {
        return Milestone.of(projects.get(projectId).id);
    }

    /**
     * Records progress of one milestone under its own ETag, so that departments working side by side
     * (并联审批) do not stale each other. The project's row is locked too (reports of one project wait for
     * each other, they do not fail), as its warnings are brought in line with the progress.
     */
    @Transactional
    public Milestone progress(UUID projectId, UUID milestoneId, String ifMatch, MilestoneProgressRequest request) {
        Project project = projects.getForChange(projectId);
        Milestone milestone = Milestone.<Milestone>findByIdOptional(milestoneId, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.projectId.equals(project.id))
                .orElseThrow(() -> ProblemException.notFound("milestone", milestoneId));
        ETags.requireMatch(ifMatch, milestone.version);
        Map<String, MilestoneStatus> statusByKey = Milestone.of(project.id).stream()
                .collect(Collectors.toMap(each -> each.key, each -> each.status));
        MilestonePlan.progress(milestone, request, statusByKey, LocalDate.now(clock.withZone(Project.ZONE_TIME)), project.createdOn());
        milestone.changedBy(caller.subject());
        milestone.flush();
        project.progressed(clock.instant());
        if (milestone.status.passed()) {
            outbox.append(MilestoneEvents.AGGREGATE, project.id, MilestoneEvents.COMPLETED,
                    MilestoneEvents.MilestoneCompletedData.of(project, milestone));
        }
        changes.fire(new ProjectChanged(project));
        return milestone;
    }
}
