package io.zhaoshang.projects.project;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.security.Roles;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import io.zhaoshang.projects.land.LandStatus;
import io.zhaoshang.projects.parks.IndustryCatalogService;
import io.zhaoshang.projects.parks.ParkDirectory;
import io.zhaoshang.projects.stage.StageChange;
import io.zhaoshang.projects.teams.TeamDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Creates and reads projects. A caller reaches only the projects of the zone in their token, and a
 * team member or lead only those of their own team: teams compete, so they do not see each other's.
 */
@ApplicationScoped
public class ProjectService {

    /** Land statuses in which parks holds something for the project's park and land need. */
    private static final Set<LandStatus> LAND_IN_HAND = Set.of(LandStatus.REQUESTED, LandStatus.RESERVED,
            LandStatus.ALLOCATED);

    private final Outbox outbox;
    private final Caller caller;
    private final IndustryCatalogService catalog;
    private final ParkDirectory parks;
    private final TeamDirectory teams;
    private final Clock clock;
    private final Event<ProjectChanged> changes;

    ProjectService(Outbox outbox, Caller caller, IndustryCatalogService catalog, ParkDirectory parks,
            TeamDirectory teams, Clock clock, Event<ProjectChanged> changes) {
        this.outbox = outbox;
        this.caller = caller;
        this.catalog = catalog;
        this.parks = parks;
        this.teams = teams;
        this.clock = clock;
        this.changes = changes;
    }

    @Transactional
    public Project create(ProjectRequest request) {
        return create(request, null);
    }

    /**
     * The project of a converted lead (线索转化), created as the converting team would have, unless the
     * lead already has one: a lead becomes one project however often its conversion is announced.
     */
    @Transactional
    public Optional<Project> createFromLead(UUID leadId, ProjectRequest request) {
        if (Project.count("leadId", leadId) > 0) {
            return Optional.empty();
        }
        return Optional.of(create(request, leadId));
    }

    private Project create(ProjectRequest request, UUID leadId) {
        String zone = caller.zone();
        String ownerTeam = ownerTeam(request.ownerTeam());
        Map<String, Integer> shares = TeamShares.of(ownerTeam, request.teamShares());
        ProjectRules.check(request);
        teams.requireKnown(zone, "teamShares.{code}", shares.keySet());
        catalog.require().requireKnown("industryCode", request.industryCode());
        if (request.parkId() != null) {
            parks.requireOpen(zone, request.parkId(), "parkId");
        }
        if (request.subParkId() != null) {
            parks.requireOpenSubPark(zone, request.parkId(), request.subParkId(), "subParkId");
        }
        Instant now = clock.instant();
        String code = ProjectCode.of(now, ProjectCode.nextNumber());
        Project project = Project.negotiating(zone, code, ownerTeam, shares, LocalDate.ofInstant(now, Project.ZONE_TIME),
                request, leadId);
        project.progressed(now);
        project.changedBy(caller.subject());
        project.persistAndFlush();
        StageChange.creation(project).persist();
        outbox.append(ProjectEvents.AGGREGATE, project.id, ProjectEvents.CREATED,
                ProjectEvents.ProjectData.of(project));
        changes.fire(new ProjectChanged(project));
        return project;
    }

    /**
     * Changes the editable fields under the project's ETag. A park or sub-park is checked only when it
     * changes: a project keeps the park it was placed in, even one since retired. The park and the land need
     * stay while parks holds a request, reservation or allocation for them (409 land-request-open): parks
     * would answer for land the project no longer wants. An update is progress.
     */
    @Transactional
    public Project update(UUID id, String ifMatch, ProjectUpdateRequest request) {
        Project project = getForChange(id);
        ETags.requireMatch(ifMatch, project.version);
        ProjectRules.check(request, project.createdOn());
        if (request.parkId() != null && !request.parkId().equals(project.parkId)) {
            parks.requireOpen(project.zone, request.parkId(), "parkId");
        }
        if (request.subParkId() != null && !request.subParkId().equals(project.subParkId)) {
            parks.requireOpenSubPark(project.zone, request.parkId(), request.subParkId(), "subParkId");
        }
        if (LAND_IN_HAND.contains(project.land.status) && project.landChangedBy(request)) {
            throw ProblemException.conflict("land-request-open", project.land.status)
                    .with("landStatus", project.land.status);
        }
        project.update(request);
        project.progressed(clock.instant());
        project.changedBy(caller.subject());
        project.flush();
        changes.fire(new ProjectChanged(project));
        return project;
    }

    public Project get(UUID id) {
        Optional<String> team = visibleTeam();
        return Project.<Project>findByIdOptional(id)
                .filter(project -> project.zone.equals(caller.zone()))
                .filter(project -> team.isEmpty() || team.get().equals(project.ownerTeam))
                .orElseThrow(() -> ProblemException.notFound("project", id));
    }

    /**
     * The project to change, its row locked until the transaction ends so that changes of one project
     * (a stage move, parks' answer about land) are made one after the other.
     */
    public Project getForChange(UUID id) {
        Optional<String> team = visibleTeam();
        return Project.<Project>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(project -> project.zone.equals(caller.zone()))
                .filter(project -> team.isEmpty() || team.get().equals(project.ownerTeam))
                .orElseThrow(() -> ProblemException.notFound("project", id));
    }

    public Page<Project> list(PageRequest page, ProjectFilter filter) {
        StringBuilder query = new StringBuilder("zone = :zone and id > :after");
        Parameters parameters = Parameters.with("zone", caller.zone())
                .and("after", page.cursor().map(Cursor::id).orElse(new UUID(0, 0)));
        visibleTeam().ifPresent(team -> {
            query.append(" and ownerTeam = :visibleTeam");
            parameters.and("visibleTeam", team);
        });
        if (filter.stage() != null) {
            query.append(" and stage = :stage");
            parameters.and("stage", filter.stage());
        }
        if (filter.tier() != null) {
            query.append(" and tier = :tier");
            parameters.and("tier", filter.tier());
        }
        if (filter.ownerTeam() != null) {
            query.append(" and ownerTeam = :ownerTeam");
            parameters.and("ownerTeam", filter.ownerTeam());
        }
        List<Project> rows = Project.<Project>find(query.append(" order by id").toString(), parameters)
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, project -> Cursor.of("", project.id));
    }

    /** Team members and leads create for their own team; the administration and integrations say for which. */
    private String ownerTeam(String requested) {
        if (caller.isAdmin() || caller.hasRole(Roles.INTEGRATION)) {
            if (requested == null) {
                throw ProblemException.unprocessable("owner-team-required")
                        .withError("ownerTeam", "owner-team-required");
            }
            return requested;
        }
        String own = callersTeam();
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.forbidden("team-not-yours", requested);
        }
        return own;
    }

    /** The one team whose projects the caller may see, or empty for roles that see the whole zone. */
    public Optional<String> visibleTeam() {
        boolean zoneWide = caller.isAdmin() || caller.hasRole(Roles.VIEWER) || caller.hasRole(Roles.INTEGRATION)
                || caller.hasRole(Roles.PARK_ADMIN);
        return zoneWide ? Optional.empty() : Optional.of(callersTeam());
    }

    private String callersTeam() {
        return caller.team().orElseThrow(() -> ProblemException.forbidden("team-missing"));
    }
}
