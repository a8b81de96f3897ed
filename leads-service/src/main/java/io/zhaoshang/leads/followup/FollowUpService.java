package io.zhaoshang.leads.followup;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.leads.lead.LeadAccess;
import io.zhaoshang.leads.lead.LeadService;
import io.zhaoshang.leads.pool.PoolSettingsService;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Logs follow-ups (跟进记录) and reads them. A follow-up is work of the team that holds the lead:
 * team leads and members log them on their own team's leads only; the administration on any
 * active lead. Each renews the protection of its leads.
 */
@ApplicationScoped
public class FollowUpService {

    /** Follow-up dates are days where the zones are. */
    static final ZoneId ZONE_TIME = ZoneId.of("Asia/Shanghai");

    private final Outbox outbox;
    private final Caller caller;
    private final LeadAccess access;
    private final LeadService leads;
    private final PoolSettingsService pool;
    private final Clock clock;

    FollowUpService(Outbox outbox, Caller caller, LeadAccess access, LeadService leads, PoolSettingsService pool,
            Clock clock) {
        this.outbox = outbox;
        this.caller = caller;
        this.access = access;
        this.leads = leads;
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * Logs the follow-up. Its leads are locked in id order (two follow-ups naming the same leads
     * never deadlock, and the recycling job, which skips locked leads, cannot take one back to the
     * public pool while its protection is being renewed).
     */
    @Transactional
    public FollowUp log(FollowUpRequest request) {
        String zone = caller.zone();
        Instant now = clock.instant();
        if (request.date().isAfter(LocalDate.ofInstant(now, ZONE_TIME))) {
            throw ProblemException.unprocessable("follow-up-date-in-future", request.date())
                    .withError("date", "follow-up-date-in-future", request.date());
        }
        List<UUID> ids = request.leadIds().stream().distinct().sorted().toList();
        List<Lead> followed = new ArrayList<>();
        for (UUID id : ids) {
            Lead lead = Lead.lockInZone(zone, id).orElseThrow(() -> ProblemException.unprocessable("unknown-lead", id)
                    .withError("leadIds[" + request.leadIds().indexOf(id) + "]", "unknown-lead", id));
            requireLoggable(lead, request.date());
            followed.add(lead);
        }
        FollowUp followUp = new FollowUp();
        followUp.zone = zone;
        followUp.kind = request.kind();
        followUp.date = request.date();
        followUp.leadIds = new ArrayList<>(ids);
        followUp.participants = request.participants().stream().map(String::strip).toList();
        followUp.summary = request.summary().strip();
        followUp.nextStep = request.nextStep() == null || request.nextStep().isBlank() ? null
                : request.nextStep().strip();
        followUp.team = access.isTeamWorker() ? access.callersTeam() : null;
        followUp.changedBy(caller.subject());
        followUp.persistAndFlush();
        Duration protection = pool.policy(zone).protection();
        for (Lead lead : followed) {
            lead.followedUp(now, protection);
            lead.changedBy(caller.subject());
            lead.flush();
        }
        outbox.append(FollowUpEvents.AGGREGATE, followUp.id, FollowUpEvents.LOGGED,
                FollowUpEvents.LoggedData.of(followUp));
        return followUp;
    }

    /**
     * 403 {@code lead-not-yours} for another team's lead, first, so that nothing of its state shows;
     * 409 {@code lead-closed} for a lead no longer active, {@code lead-not-claimed} for a lead of the
     * public pool a team has not claimed; 422 {@code follow-up-before-lead} for a day before the lead
     * was reported.
     */
    private void requireLoggable(Lead lead, LocalDate date) {
        boolean unclaimedForTeam = access.isTeamWorker() && lead.ownerTeam == null;
        if (!unclaimedForTeam) {
            access.requireOwnerOrAdmin(lead);
        }
        if (!lead.status.isActive()) {
            throw ProblemException.conflict("lead-closed", lead.code, lead.status).with("leadStatus", lead.status);
        }
        if (unclaimedForTeam) {
            throw ProblemException.conflict("lead-not-claimed", lead.code).with("leadId", lead.id);
        }
        LocalDate reported = LocalDate.ofInstant(lead.createdAt, ZONE_TIME);
        if (date.isBefore(reported)) {
            throw ProblemException.unprocessable("follow-up-before-lead", lead.code, reported)
                    .withError("date", "follow-up-before-lead", lead.code, reported);
        }
    }

    /** The follow-up if the caller sees one of its leads; 404 otherwise. */
    public FollowUp get(UUID id) {
        return FollowUp.<FollowUp>findByIdOptional(id)
                .filter(followUp -> followUp.zone.equals(caller.zone()))
                .filter(followUp -> Lead.<Lead>list("id in ?1", followUp.leadIds).stream().anyMatch(access::canSee))
                .orElseThrow(() -> ProblemException.notFound("follow-up", id));
    }

    /** The follow-ups of a lead the caller sees (404 otherwise), in the order they were logged. */
    public Page<FollowUp> ofLead(UUID leadId, PageRequest page) {
        Lead lead = leads.get(leadId);
        List<FollowUp> rows = FollowUp.<FollowUp>find("""
                select f from FollowUp f join f.leadIds lead
                where lead = :lead and f.id > :after order by f.id""",
                Parameters.with("lead", lead.id).and("after", page.cursor().map(Cursor::id).orElse(new UUID(0, 0))))
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, followUp -> Cursor.of("", followUp.id));
    }
}
