package io.zhaoshang.leads.pool;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.zhaoshang.platform.job.OncePerCluster;
import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.leads.lead.LeadAccess;
import io.zhaoshang.leads.lead.LeadEvents;
import io.zhaoshang.leads.lead.LeadStatus;
import io.zhaoshang.leads.teams.TeamDirectory;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Moves leads between the public pool (公海) and the teams (私海): claims, releases, and the
 * recycling of leads whose protection ran out.
 */
@ApplicationScoped
public class PoolService {

    /** Who the recycling job records as having changed a lead. */
    static final String RECYCLER = "leads-service";

    private static final Logger LOG = Logger.getLogger(PoolService.class);
    private static final int RECYCLE_BATCH = 200;

    // SKIP LOCKED: replicas running the job at once each take other leads, and a lead being claimed
    // or released right now is left for the next run
    private static final String EXPIRED = """
            select id from lead where owner_team is not null and protected_until <= :now
            and status in ('NEW', 'CONTACTED', 'ASSESSED', 'DORMANT') and conversion_requested_at is null
            order by protected_until limit :batch for update skip locked""";

    private final Outbox outbox;
    private final Caller caller;
    private final LeadAccess access;
    private final TeamDirectory teams;
    private final PoolSettingsService settings;

    PoolService(Outbox outbox, Caller caller, LeadAccess access, TeamDirectory teams, PoolSettingsService settings) {
        this.outbox = outbox;
        this.caller = caller;
        this.access = access;
        this.teams = teams;
        this.settings = settings;
    }

    /**
     * The caller's team claims a lead of the public pool. The lead's row is locked first, so of
     * many claims at once exactly one finds it unowned; then the team's row, so that its count of
     * held leads is not raced by its own other claims.
     */
    @Transactional
    public Lead claim(UUID id) {
        String zone = caller.zone();
        String team = access.callersTeam();
        // another team's lead is named (409 lead-owned) rather than hidden: the caller asked for it by id
        Lead lead = Lead.lockInZone(zone, id).orElseThrow(() -> ProblemException.notFound("lead", id));
        teams.lock(zone, team);
        long held = Lead.count("zone = ?1 and ownerTeam = ?2 and status in ?3", zone, team, LeadStatus.ACTIVE);
        PoolPolicy policy = settings.policy(zone);
        Instant now = Instant.now();
        policy.requireClaimable(lead, team, held, now);
        lead.takenBy(team, now, policy.protection());
        lead.changedBy(caller.subject());
        lead.flush();
        outbox.append(LeadEvents.AGGREGATE, lead.id, LeadEvents.CLAIMED, LeadEvents.ClaimedData.of(lead));
        return lead;
    }

    /** The owner team (or the administration) gives the lead back to the public pool; the team's cooldown starts. */
    @Transactional
    public Lead release(UUID id) {
        Lead lead = Lead.lockInZone(caller.zone(), id).filter(access::canSee)
                .orElseThrow(() -> ProblemException.notFound("lead", id));
        if (lead.ownerTeam == null) {
            throw ProblemException.conflict("lead-in-public-pool", lead.code);
        }
        access.requireOwnerOrAdmin(lead);
        lead.requireNotConverting();
        lead.toPublicPool(Instant.now(), settings.policy(lead.zone).cooldown());
        lead.changedBy(caller.subject());
        lead.flush();
        outbox.append(LeadEvents.AGGREGATE, lead.id, LeadEvents.RELEASED, LeadEvents.ReturnedData.of(lead));
        return lead;
    }

    @Scheduled(identity = "lead-recycling", every = "${zhaoshang.leads.recycle-check:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OncePerCluster.class)
    void recycleOnSchedule() {
        int recycled = recycleExpired(Instant.now());
        if (recycled > 0) {
            LOG.infof("recycled %d leads whose protection ran out to the public pool", recycled);
        }
    }

    /**
     * Returns every lead whose protection ran out by {@code now} to the public pool, recording the
     * team that held it and its cooldown, and announces each; a batch per transaction. Returns how
     * many this call recycled.
     */
    public int recycleExpired(Instant now) {
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> recycleBatch(now));
            total += batch;
        } while (batch == RECYCLE_BATCH);
        return total;
    }

    private int recycleBatch(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = Lead.getEntityManager().createNativeQuery(EXPIRED, UUID.class)
                .setParameter("now", now)
                .setParameter("batch", RECYCLE_BATCH)
                .getResultList();
        Map<String, PoolPolicy> policies = new HashMap<>();
        for (UUID id : ids) {
            Lead lead = Lead.findById(id);
            PoolPolicy policy = policies.computeIfAbsent(lead.zone, settings::policy);
            lead.toPublicPool(now, policy.cooldown());
            lead.changedBy(RECYCLER);
            lead.flush();
            outbox.append(LeadEvents.AGGREGATE, lead.id, LeadEvents.RECYCLED, LeadEvents.ReturnedData.of(lead));
        }
        return ids.size();
    }
}
