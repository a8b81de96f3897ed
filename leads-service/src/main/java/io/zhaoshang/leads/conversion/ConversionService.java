package io.zhaoshang.leads.conversion;

import io.zhaoshang.leads.collision.Collision;
import io.zhaoshang.leads.collision.CollisionStatus;
import io.zhaoshang.leads.collision.Decision;
import io.zhaoshang.leads.company.Company;
import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.leads.lead.LeadAccess;
import io.zhaoshang.leads.lead.LeadEvents;
import io.zhaoshang.leads.lead.LeadStatus;
import io.zhaoshang.leads.projects.ProjectAbandonment;
import io.zhaoshang.leads.projects.ProjectCreated;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Converts leads (线索转化): an ASSESSED lead is handed to projects-service with everything the
 * project needs (zhaoshang.lead.converted.v1); it becomes CONVERTED when projects announces the
 * project ({@link #onProjectCreated}).
 */
@ApplicationScoped
public class ConversionService {

    /** Who is recorded as having changed a lead on news from projects-service. */
    static final String SYSTEM = "leads-service";

    private static final Logger LOG = Logger.getLogger(ConversionService.class);

    private final Outbox outbox;
    private final Caller caller;
    private final LeadAccess access;

    ConversionService(Outbox outbox, Caller caller, LeadAccess access) {
        this.outbox = outbox;
        this.caller = caller;
        this.access = access;
    }

    /**
     * The owner team (or the administration) converts the lead; {@code ifMatch} is checked when
     * given. The lead's row is locked, so of two conversions at once the second finds it converting.
     */
    @Transactional
    public Lead convert(UUID id, String ifMatch) {
        Lead lead = Lead.lockInZone(caller.zone(), id).filter(access::canSee)
                .orElseThrow(() -> ProblemException.notFound("lead", id));
        access.requireOwnerOrAdmin(lead);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, lead.version);
        }
        lead.requireConvertible();
        requireNoOpenCollision(lead);
        lead.requestConversion(caller.subject(), Instant.now(), shares(lead));
        lead.changedBy(caller.subject());
        lead.flush();
        Company company = Company.findById(lead.companyId);
        outbox.append(LeadEvents.AGGREGATE, lead.id, ConversionEvents.CONVERTED,
                ConversionEvents.ConvertedData.of(lead, company));
        return lead;
    }

    /**
     * 409 {@code lead-collision-open}: who gets the credit is still to be decided, and the project
     * takes the split with it.
     */
    private static void requireNoOpenCollision(Lead lead) {
        List<UUID> open = Collision.<Collision>list("leadId = ?1 and status = ?2 order by id", lead.id,
                CollisionStatus.OPEN).stream().map(collision -> collision.id).toList();
        if (!open.isEmpty()) {
            throw ProblemException.conflict("lead-collision-open", lead.code).with("collisionIds", open);
        }
    }

    /**
     * The split of the last collision on the lead adjudicated SHARE that names its owner team (a
     * later transfer may have moved the lead away from it), else the owner team alone.
     */
    static Map<String, Integer> shares(Lead lead) {
        return Collision.<Collision>list("leadId = ?1 and decision = ?2 order by adjudicatedAt desc", lead.id,
                        Decision.SHARE).stream()
                .filter(collision -> collision.shares.containsKey(lead.ownerTeam))
                .findFirst()
                .<Map<String, Integer>>map(collision -> new TreeMap<>(collision.shares))
                .orElseGet(() -> new TreeMap<>(Map.of(lead.ownerTeam, 100)));
    }

    /**
     * projects-service announced the project made of the lead: the lead becomes CONVERTED with its
     * id, announced by zhaoshang.lead.status-changed.v1 with {@code projectId}. Taken from any active
     * lead (the project exists, whatever was asked here); a lead CONVERTED already, closed or unknown
     * changes nothing and is logged: the project is kept all the same.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onProjectCreated(@Observes ProjectCreated project) {
        String zone = project.zone();
        UUID leadId = project.leadId();
        UUID projectId = project.projectId();
        Optional<Lead> found = Lead.lockInZone(zone, leadId);
        if (found.isEmpty()) {
            LOG.warnf("project %s names the lead %s, which zone %s does not have", projectId, leadId, zone);
            return;
        }
        Lead lead = found.get();
        if (lead.status == LeadStatus.CONVERTED || !lead.status.isActive()) {
            if (!projectId.equals(lead.projectId)) {
                LOG.warnf("project %s names the lead %s, which is %s (project %s)", projectId, lead.code, lead.status,
                        lead.projectId);
            }
            return;
        }
        LeadStatus previous = lead.status;
        lead.converted(projectId, project.at());
        lead.changedBy(SYSTEM);
        lead.flush();
        outbox.append(LeadEvents.AGGREGATE, lead.id, LeadEvents.STATUS_CHANGED,
                LeadEvents.StatusChangedData.of(lead, previous, null));
    }

    /**
     * The project's stage changed: its lead is marked when the project is ABANDONED (终止) and
     * unmarked when it moves on again. The lead stays CONVERTED; nothing is published (the project's
     * event tells every consumer).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onProjectAbandonment(@Observes ProjectAbandonment project) {
        for (Lead lead : Lead.<Lead>list("projectId", project.projectId())) {
            if (project.abandoned() != (lead.projectAbandonedAt != null)) {
                lead.projectAbandonedAt = project.abandoned() ? project.at() : null;
                lead.changedBy(SYSTEM);
            }
        }
    }
}
