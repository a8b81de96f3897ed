package io.zhaoshang.projects.warning;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import io.zhaoshang.projects.milestone.Milestone;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectChanged;
import io.zhaoshang.projects.project.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Raises and resolves the warnings (预警) of a project as {@link WarningRules} find them due, and
 * publishes each change; reads them for the caller, a team seeing only its own projects' warnings.
 */
@ApplicationScoped
public class WarningService {

    private final ProjectService projects;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    WarningService(ProjectService projects, Outbox outbox, Caller caller, Clock clock) {
        this.projects = projects;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Brings the project's open warnings in line with the rules, now. The caller holds the project's
     * row lock, so that two replicas checking one project do it one after the other and the second
     * finds nothing to do. Returns how many warnings were raised or resolved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int evaluate(Project project) {
        Instant now = clock.instant();
        List<WarningRules.Due> due = WarningRules.due(facts(project), LocalDate.ofInstant(now, Project.ZONE_TIME));
        List<Warning> open = Warning.list("projectId = ?1 and resolvedAt is null", project.id);
        int changes = 0;
        for (Warning warning : open) {
            if (!warning.isDue(due)) {
                warning.resolvedAt = now;
                outbox.append(WarningEvents.AGGREGATE, project.id, WarningEvents.RESOLVED,
                        WarningEvents.WarningResolvedData.of(project, warning));
                changes++;
            }
        }
        Warning.flush(); // the resolved ones leave the unique index of open warnings before new ones enter it
        for (WarningRules.Due each : due) {
            if (open.stream().noneMatch(warning -> each.sameAs(warning.kind, warning.subject, warning.level))) {
                Warning warning = Warning.raise(project, each, now);
                warning.persist();
                outbox.append(WarningEvents.AGGREGATE, project.id, WarningEvents.RAISED,
                        WarningEvents.WarningRaisedData.of(project, warning));
                changes++;
            }
        }
        return changes;
    }

    private static WarningRules.ProjectFacts facts(Project project) {
        return new WarningRules.ProjectFacts(project.stage, project.stageSince, project.agreementDate,
                project.plannedCompletionDate, LocalDate.ofInstant(project.lastProgressAt, Project.ZONE_TIME),
                project.land.rejectionReason, project.land.waiverReason != null,
                Milestone.of(project.id));
    }

    /** A change of the project raises and resolves at once, in its transaction (the project is locked). */
    void onChange(@Observes ProjectChanged changed) {
        evaluate(changed.project());
    }

    public Page<Warning> list(PageRequest page, WarningFilter filter) {
        StringBuilder query = new StringBuilder("zone = :zone and id > :after");
        Parameters parameters = Parameters.with("zone", caller.zone())
                .and("after", page.cursor().map(Cursor::id).orElse(new UUID(0, 0)));
        projects.visibleTeam().ifPresent(team -> {
            query.append(" and ownerTeam = :visibleTeam");
            parameters.and("visibleTeam", team);
        });
        if (filter.status() == WarningFilter.Status.OPEN) {
            query.append(" and resolvedAt is null");
        } else if (filter.status() == WarningFilter.Status.RESOLVED) {
            query.append(" and resolvedAt is not null");
        }
        if (filter.level() != null) {
            query.append(" and level = :level");
            parameters.and("level", filter.level());
        }
        if (filter.kind() != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.team() != null) {
            query.append(" and ownerTeam = :team");
            parameters.and("team", filter.team());
        }
        if (filter.park() != null) {
            query.append(" and parkId = :park");
            parameters.and("park", filter.park());
        }
        List<Warning> rows = Warning.<Warning>find(query.append(" order by id").toString(), parameters)
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, warning -> Cursor.of("", warning.id));
    }

    /** Every warning of a project, newest first: a project has a handful. */
    public List<Warning> ofProject(UUID projectId) {
        return Warning.list("projectId = ?1 order by raisedAt desc, id desc", projects.get(projectId).id);
    }
}
