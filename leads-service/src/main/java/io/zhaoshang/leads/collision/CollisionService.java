package io.zhaoshang.leads.collision;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.leads.lead.LeadAccess;
import io.zhaoshang.leads.lead.LeadRequest;
import io.zhaoshang.leads.pool.PoolSettingsService;
import io.zhaoshang.leads.projects.Project;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import io.zhaoshang.platform.web.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records collisions (撞单) and the administration's decisions on them. Teams see the collisions
 * they are party to (holding the lead, or reporting it second); the administration sees all.
 */
@ApplicationScoped
public class CollisionService {

    private final Outbox outbox;
    private final Caller caller;
    private final LeadAccess access;
    private final PoolSettingsService pool;

    CollisionService(Outbox outbox, Caller caller, LeadAccess access, PoolSettingsService pool) {
        this.outbox = outbox;
        this.caller = caller;
        this.access = access;
        this.pool = pool;
    }

    /** Keeps the caller's report of a company that has the active lead {@code existing}, and announces it. */
    @Transactional
    public Collision record(Lead existing, LeadRequest proposal) {
        return record(existing, proposal, access.isTeamWorker() ? caller.team().orElse(null) : null);
    }

    /** The same for a report by {@code reporterTeam} (null: the administration), as the seed data names it. */
    @Transactional
    public Collision record(Lead existing, LeadRequest proposal, String reporterTeam) {
        Collision collision = new Collision();
        collision.zone = existing.zone;
        collision.leadId = existing.id;
        collision.companyId = existing.companyId;
        collision.ownerTeam = existing.ownerTeam;
        collision.leadReportedAt = existing.createdAt;
        collision.reporterTeam = reporterTeam;
        collision.proposal = proposal;
        collision.changedBy(caller.subject());
        collision.persistAndFlush();
        outbox.append(CollisionEvents.AGGREGATE, collision.id, CollisionEvents.DETECTED,
                CollisionEvents.DetectedData.of(collision));
        return collision;
    }

    /**
     * Keeps the caller's report of a company that has the active project {@code project}. Not
     * announced: the collision events name a lead ({@code leadId} is required by their contracts).
     */
    @Transactional
    public Collision record(Project project, LeadRequest proposal) {
        Collision collision = new Collision();
        collision.zone = project.zone;
        collision.projectId = project.id;
        collision.companyId = proposal.companyId();
        collision.ownerTeam = project.ownerTeam;
        collision.leadReportedAt = project.createdAt;
        collision.reporterTeam = access.isTeamWorker() ? caller.team().orElse(null) : null;
        collision.proposal = proposal;
        collision.changedBy(caller.subject());
        collision.persistAndFlush();
        return collision;
    }

    public Collision get(UUID id) {
        Optional<String> team = access.visibleTeam();
        return Collision.<Collision>findByIdOptional(id)
                .filter(collision -> collision.zone.equals(caller.zone()))
                .filter(collision -> team.isEmpty() || team.get().equals(collision.ownerTeam)
                        || team.get().equals(collision.reporterTeam))
                .orElseThrow(() -> ProblemException.notFound("collision", id));
    }

    /** The collisions the caller is party to (all for the zone-wide roles), oldest first. */
    public Page<Collision> list(PageRequest page, String status) {
        StringBuilder query = new StringBuilder("zone = :zone and id > :after");
        Parameters parameters = Parameters.with("zone", caller.zone())
                .and("after", page.cursor().map(Cursor::id).orElse(new UUID(0, 0)));
        access.visibleTeam().ifPresent(team -> {
            query.append(" and (ownerTeam = :team or reporterTeam = :team)");
            parameters.and("team", team);
        });
        QueryParams.enumValue(CollisionStatus.class, "status", status).ifPresent(value -> {
            query.append(" and status = :status");
            parameters.and("status", value);
        });
        List<Collision> rows = Collision.<Collision>find(query.append(" order by id").toString(), parameters)
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, collision -> Cursor.of("", collision.id));
    }

    /**
     * Settles the collision once (409 {@code collision-adjudicated} the second time): KEEP_FIRST
     * leaves the lead; TRANSFER gives it to the second reporter's team, protected from now;
     * SHARE splits the credit between the two teams.
     */
    @Transactional
    public Collision adjudicate(UUID id, AdjudicationRequest request) {
        Collision collision = Collision.<Collision>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> c.zone.equals(caller.zone()))
                .orElseThrow(() -> ProblemException.notFound("collision", id));
        if (collision.status == CollisionStatus.ADJUDICATED) {
            throw ProblemException.conflict("collision-adjudicated", collision.id, collision.decision)
                    .with("decision", collision.decision);
        }
        if (collision.projectId != null) {
            return keepProject(collision, request);
        }
        Lead lead = Lead.lockInZone(collision.zone, collision.leadId).orElseThrow();
        String previousOwner = lead.ownerTeam;
        Map<String, Integer> shares = null;
        if (request.decision() != Decision.SHARE && request.shares() != null) {
            throw ProblemException.unprocessable("shares-only-for-share").withError("shares", "shares-only-for-share");
        }
        if (request.decision() != Decision.KEEP_FIRST) {
            // the conversion sent the owner and the split to projects: they hold for the project
            lead.requireNotConverting();
        }
        if (request.decision() == Decision.TRANSFER) {
            transfer(collision, lead);
        } else if (request.decision() == Decision.SHARE) {
            shares = CreditSplit.of(request.shares(), collision.ownerTeam, collision.reporterTeam);
        }
        collision.status = CollisionStatus.ADJUDICATED;
        collision.decision = request.decision();
        collision.shares = shares;
        collision.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        collision.adjudicatedAt = Instant.now();
        collision.adjudicatedBy = caller.subject();
        collision.changedBy(caller.subject());
        collision.flush();
        outbox.append(CollisionEvents.AGGREGATE, collision.id, CollisionEvents.ADJUDICATED,
                new CollisionEvents.AdjudicatedData(collision.id, collision.zone, lead.id, collision.companyId,
                        collision.decision, lead.ownerTeam, previousOwner, collision.reporterTeam, shares,
                        collision.adjudicatedBy, collision.version, lead.version));
        return collision;
    }

    /**
     * A collision with a project is settled only KEEP_FIRST (422 {@code collision-with-project}):
     * a project's owner and shares are projects-service's. Not announced, like its detection.
     */
    private Collision keepProject(Collision collision, AdjudicationRequest request) {
        if (request.decision() != Decision.KEEP_FIRST) {
            throw ProblemException.unprocessable("collision-with-project", collision.projectId)
                    .withError("decision", "collision-with-project", collision.projectId);
        }
        if (request.shares() != null) {
            throw ProblemException.unprocessable("shares-only-for-share").withError("shares", "shares-only-for-share");
        }
        collision.status = CollisionStatus.ADJUDICATED;
        collision.decision = Decision.KEEP_FIRST;
        collision.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        collision.adjudicatedAt = Instant.now();
        collision.adjudicatedBy = caller.subject();
        collision.changedBy(caller.subject());
        collision.flush();
        return collision;
    }

    /** The second reporter's team takes the lead; the administration's decision passes over the team's cap. */
    private void transfer(Collision collision, Lead lead) {
        if (collision.reporterTeam == null) {
            throw ProblemException.unprocessable("transfer-needs-team").withError("decision", "transfer-needs-team");
        }
        if (!lead.status.isActive()) {
            throw ProblemException.conflict("lead-closed", lead.id, lead.status).with("leadStatus", lead.status);
        }
        if (!collision.reporterTeam.equals(lead.ownerTeam)) {
            lead.previousOwnerTeam = lead.ownerTeam;
            lead.takenBy(collision.reporterTeam, Instant.now(), pool.policy(lead.zone).protection());
            lead.changedBy(caller.subject());
            lead.flush();
        }
    }
}
