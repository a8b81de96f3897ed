package io.zhaoshang.leads.lead;

import io.zhaoshang.leads.timer.LeadFacts;
import io.zhaoshang.platform.persistence.Aggregate;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.value.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A lead (招商线索): an investment intention of a company of the zone. It is owned by a team (私海)
 * and protected from other teams until {@link #protectedUntil}, or sits in the public pool (公海)
 * with no owner, where any team may claim it.
 */
@Entity
@Table(name = "lead")
public class Lead extends Aggregate {

    @Column(nullable = false, updatable = false)
    public String zone;

    /** The short code people quote, XS-2026-000123. */
    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "company_id", nullable = false)
    public UUID companyId;

    @Column(nullable = false)
    public String title;

    @Column(name = "industry_code", nullable = false)
    public String industryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "chain_role", nullable = false)
    public ChainRole chainRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_channel", nullable = false)
    public SourceChannel sourceChannel;

    @Column(name = "source_detail")
    public String sourceDetail;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "intended_investment")
    public Money intendedInvestment;

    @Column(name = "land_mu")
    public BigDecimal landMu;

    @Column(name = "expected_jobs")
    public Integer expectedJobs;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "expected_output")
    public Money expectedOutput;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "expected_tax")
    public Money expectedTax;

    @Column(name = "target_park_id")
    public UUID targetParkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LeadStatus status = LeadStatus.NEW;

    @Column(name = "lost_reason")
    public String lostReason;

    /** The team that holds the lead; null while it sits in the public pool. */
    @Column(name = "owner_team")
    public String ownerTeam;

    /** The team of whoever reported the lead first (首报), null for the administration; never changes. */
    @Column(name = "reported_team", updatable = false)
    public String reportedTeam;

    @Column(name = "protected_until")
    public Instant protectedUntil;

    /** The team that held it last, kept after a release or recycling for its re-claim cooldown. */
    @Column(name = "previous_owner_team")
    public String previousOwnerTeam;

    @Column(name = "reclaim_blocked_until")
    public Instant reclaimBlockedUntil;

    /** When the last follow-up (跟进) was logged; null until the first. */
    @Column(name = "last_follow_up_at")
    public Instant lastFollowUpAt;

    /** When a team first held it: the respond timer (响应) stops then. */
    @Column(name = "owned_at")
    public Instant ownedAt;

    /** When it first became ASSESSED (研判). */
    @Column(name = "assessed_at")
    public Instant assessedAt;

    /** The intended investment in CNY (a major lead gets longer to assess); null when not stated. */
    @Column(name = "intended_investment_cny")
    public BigDecimal intendedInvestmentCny;

    /**
     * When the conversion (转化) was asked for; null until then. From then on the lead is
     * <em>converting</em>: still ASSESSED, but handed to projects-service, until the project exists.
     */
    @Column(name = "conversion_requested_at")
    public Instant conversionRequestedAt;

    @Column(name = "conversion_requested_by")
    public String conversionRequestedBy;

    /** The credit split sent with the conversion, percent per team code. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "team_shares")
    public Map<String, Integer> teamShares;

    /** The project made of the lead, once projects-service announced it (CONVERTED). */
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "converted_at")
    public Instant convertedAt;

    /** When its project was ABANDONED (终止); the lead stays CONVERTED, marked so. */
    @Column(name = "project_abandoned_at")
    public Instant projectAbandonedAt;

    void apply(LeadRequest request) {
        companyId = request.companyId();
        title = request.title().strip();
        industryCode = request.industryCode().strip();
        chainRole = request.chainRole();
        sourceChannel = request.sourceChannel();
        sourceDetail = request.sourceDetail() == null || request.sourceDetail().isBlank() ? null
                : request.sourceDetail().strip();
        intendedInvestment = request.intendedInvestment();
        intendedInvestmentCny = intendedInvestment == null ? null : intendedInvestment.inCny();
        landMu = request.landMu() == null ? null : request.landMu().setScale(2);
        expectedJobs = request.expectedJobs();
        expectedOutput = request.expectedOutput();
        expectedTax = request.expectedTax();
        targetParkId = request.targetParkId();
    }

    public Pool pool() {
        return ownerTeam == null ? Pool.PUBLIC : Pool.TEAM;
    }

    /** The team takes the lead and holds it from {@code now} for the protection period. */
    public void takenBy(String team, Instant now, Duration protection) {
        ownedAt = ownedAt == null ? now : ownedAt;
        ownerTeam = team;
        protectedUntil = now.plus(protection);
    }

    /**
     * Protection starts again from {@code now}: the hook for follow-ups (跟进), which renew it. Only an
     * owned lead is protected.
     */
    public void renewProtection(Instant now, Duration protection) {
        if (ownerTeam != null) {
            protectedUntil = now.plus(protection);
        }
    }

    /** A follow-up was logged: the owner team's protection starts again, and the service timers hear of it. */
    public void followedUp(Instant now, Duration protection) {
        lastFollowUpAt = now;
        renewProtection(now, protection);
    }

    /**
     * The lead goes back to the public pool (released or recycled); the team that held it may claim
     * it again only after {@code cooldown}.
     */
    public void toPublicPool(Instant now, Duration cooldown) {
        previousOwnerTeam = ownerTeam;
        reclaimBlockedUntil = now.plus(cooldown);
        ownerTeam = null;
        protectedUntil = null;
    }

    /** Moves to the status, with the reason a LOST lead needs (422 {@code lost-reason-required}). */
    void changeStatus(LeadStatus next, String reason) {
        requireNotConverting();
        status.requireCanBecome(next);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (next == LeadStatus.LOST && why == null) {
            throw ProblemException.unprocessable("lost-reason-required").withError("reason", "lost-reason-required");
        }
        status = next;
        if (next == LeadStatus.ASSESSED && assessedAt == null) {
            assessedAt = Instant.now();
        }
        lostReason = next == LeadStatus.LOST ? why : lostReason;
    }

    /**
     * The owner team hands the lead over for a project: only an ASSESSED lead (409
     * {@code lead-not-assessed}), once (409 {@code lead-already-converted}), held by a team (409
     * {@code lead-in-public-pool}: the project needs an owner). The status stays ASSESSED until the
     * project exists ({@link #converted}).
     */
    public void requestConversion(String by, Instant now, Map<String, Integer> shares) {
        requireConvertible();
        conversionRequestedAt = now;
        conversionRequestedBy = by;
        teamShares = shares;
    }

    /** The checks of {@link #requestConversion}. */
    public void requireConvertible() {
        if (conversionRequestedAt != null || status == LeadStatus.CONVERTED) {
            throw ProblemException.conflict("lead-already-converted", code).with("projectId", projectId);
        }
        if (status != LeadStatus.ASSESSED) {
            throw ProblemException.conflict("lead-not-assessed", code, status).with("leadStatus", status);
        }
        if (ownerTeam == null) {
            throw ProblemException.conflict("lead-in-public-pool", code);
        }
    }

    /** Converting: handed to projects-service, the project not announced yet. */
    public boolean isConverting() {
        return conversionRequestedAt != null && status != LeadStatus.CONVERTED;
    }

    /** 409 {@code lead-converting}: what was sent for the project (status, owner) must hold until it exists. */
    public void requireNotConverting() {
        if (isConverting()) {
            throw ProblemException.conflict("lead-converting", code);
        }
    }

    /**
     * The project of the lead exists: CONVERTED (final) with its id. A lead converted in
     * projects-service without a request here is taken as it comes (the project is the fact).
     */
    public void converted(UUID project, Instant at) {
        status = LeadStatus.CONVERTED;
        projectId = project;
        convertedAt = at;
    }

    /**
     * Whether its service timers run: while it is worked on (NEW, CONTACTED, ASSESSED) and not
     * converting; a DORMANT lead is paused on purpose, a closed or converting one is done.
     */
    public boolean isTimed() {
        return TIMED.contains(status) && conversionRequestedAt == null;
    }

    public static final Set<LeadStatus> TIMED = EnumSet.of(LeadStatus.NEW, LeadStatus.CONTACTED,
            LeadStatus.ASSESSED);

    public LeadFacts timerFacts() {
        return new LeadFacts(createdAt, ownedAt, assessedAt, lastFollowUpAt, intendedInvestmentCny);
    }

    /** The lead with this id if it belongs to the zone. */
    public static Optional<Lead> findInZone(String zone, UUID id) {
        return Lead.<Lead>findByIdOptional(id).filter(lead -> lead.zone.equals(zone));
    }

    /** The same, its row locked until the transaction ends: claims of one lead run one after the other. */
    public static Optional<Lead> lockInZone(String zone, UUID id) {
        return Lead.<Lead>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(lead -> lead.zone.equals(zone));
    }
}
