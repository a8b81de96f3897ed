package io.zhaoshang.leads.lead;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.leads.company.Company;
import io.zhaoshang.leads.company.CompanyName;
import io.zhaoshang.leads.parks.IndustryCatalog;
import io.zhaoshang.leads.parks.IndustryCatalogService;
import io.zhaoshang.leads.parks.ParkDirectory;
import io.zhaoshang.leads.parks.ParkSuggestions;
import io.zhaoshang.leads.pool.PoolPolicy;
import io.zhaoshang.leads.pool.PoolSettingsService;
import io.zhaoshang.leads.projects.Project;
import io.zhaoshang.leads.teams.TeamDirectory;
import io.zhaoshang.leads.timer.DueTimer;
import io.zhaoshang.leads.timer.ServiceTimers;
import io.zhaoshang.leads.timer.TimerSettingsService;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.persistence.InList;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reports, reads, changes and lists the leads of the caller's zone. A company has at most one
 * active lead in a zone: a second report is a collision (撞单), found with system rights over every
 * lead of the zone, not only those the caller sees.
 */
@ApplicationScoped
public class LeadService {

    /** Years of the short code are counted where the zones are. */
    private static final ZoneId YEAR_ZONE = ZoneId.of("Asia/Shanghai");

    private final Outbox outbox;
    private final Caller caller;
    private final LeadAccess access;
    private final IndustryCatalogService industries;
    private final ParkDirectory parks;
    private final TeamDirectory teams;
    private final PoolSettingsService pool;
    private final TimerSettingsService timerSettings;
    private final Clock clock;

    LeadService(Outbox outbox, Caller caller, LeadAccess access, IndustryCatalogService industries,
            ParkDirectory parks, TeamDirectory teams, PoolSettingsService pool, TimerSettingsService timerSettings,
            Clock clock) {
        this.outbox = outbox;
        this.caller = caller;
        this.access = access;
        this.industries = industries;
        this.parks = parks;
        this.teams = teams;
        this.pool = pool;
        this.timerSettings = timerSettings;
        this.clock = clock;
    }

    /**
     * Reports a lead. A team lead or member reports for their team, which holds it for the
     * protection period; anyone else (the administration, an integration) puts it in the public
     * pool. 409 {@link LeadCollisionException} when the company already has an active lead or an
     * active project (one not ABANDONED).
     */
    @Transactional
    public Lead report(LeadRequest request) {
        return reportFor(access.isTeamWorker() ? access.callersTeam() : null, request);
    }

    /**
     * Reports a lead for the team (null: into the public pool), which holds it for the protection
     * period: {@link #report} for the caller's own team, and the seed data for the teams it names.
     * 422 {@code unknown-team} for a team leads does not know.
     */
    @Transactional
    public Lead reportFor(String reportingTeam, LeadRequest request) {
        String zone = caller.zone();
        Reporter reporter = reporter(zone, reportingTeam);
        Company company = lockCompany(zone, request.companyId());
        return report(reporter, company, request, nextCodeNumber());
    }

    /** Who reports, as every report of the caller in the zone needs it: their team (if they work in one) and the pool rules. */
    public record Reporter(String zone, String team, PoolPolicy policy, IndustryCatalog industries) {
    }

    /** The caller as a reporter in the zone; 422 {@code unknown-team}, 503 without an industry catalog. */
    public Reporter reporter(String zone) {
        return reporter(zone, access.isTeamWorker() ? access.callersTeam() : null);
    }

    /** A reporter for the team (null: the public pool); 422 {@code unknown-team}, 503 without an industry catalog. */
    private Reporter reporter(String zone, String reportingTeam) {
        String team = reportingTeam == null ? null : teams.requireKnown(zone, reportingTeam).code;
        return new Reporter(zone, team, pool.policy(zone), industries.require());
    }

    /**
     * {@link #report} of a company locked beforehand, in the caller's transaction: an import
     * reports many leads in one. Every rule is checked before anything is written, so a refused
     * report (a problem, a collision) leaves that transaction as it was and usable. Not
     * {@code @Transactional}: its interceptor would mark the caller's transaction rollback-only on a
     * refusal.
     */
    public Lead report(Reporter reporter, Company company, LeadRequest request, long codeNumber) {
        Lead lead = reportInBatch(reporter, company, request, codeNumber, IN_THE_DATABASE);
        Lead.flush();
        outbox.append(LeadEvents.AGGREGATE, lead.id, LeadEvents.REGISTERED, LeadEvents.RegisteredData.of(lead));
        return lead;
    }

    /** What a report of a company collides with: its active lead, else an active project (as {@link #report} finds them). */
    public interface Collisions {

        Optional<Lead> activeLeadOf(Company company);

        Optional<Project> activeProjectOf(Company company);
    }

    /** The collisions of one report, asked of the database at once. */
    private static final Collisions IN_THE_DATABASE = new Collisions() {
        @Override
        public Optional<Lead> activeLeadOf(Company company) {
            return LeadService.activeLeadOf(company);
        }

        @Override
        public Optional<Project> activeProjectOf(Company company) {
            return Project.activeOf(company.zone, company.uscc, nameKeys(company));
        }
    };

    /**
     * {@link #report(Reporter, Company, LeadRequest, long)} for an import, with the rules in the same
     * order, the collisions found by {@code collisions} (an import looks them up for a whole chunk
     * at once) and the lead persisted but neither flushed nor announced: the import writes its
     * chunk's leads in JDBC batches and announces them with {@link #announceRegistered}.
     */
    public Lead reportInBatch(Reporter reporter, Company company, LeadRequest request, long codeNumber,
            Collisions collisions) {
        company.requireActive(); // 409 company-merged
        requireValid(reporter.zone(), reporter.industries(), request);
        collisions.activeLeadOf(company).ifPresent(existing -> {
            throw new LeadCollisionException(existing);
        });
        collisions.activeProjectOf(company).ifPresent(project -> {
            throw new LeadCollisionException(project);
        });
        Lead lead = new Lead();
        lead.zone = reporter.zone();
        lead.code = "XS-%d-%06d".formatted(Instant.now().atZone(YEAR_ZONE).getYear(), codeNumber);
        lead.apply(request);
        lead.reportedTeam = reporter.team();
        if (reporter.team() != null) {
            lead.takenBy(reporter.team(), Instant.now(), reporter.policy().protection());
        }
        lead.changedBy(caller.subject());
        lead.persist();
        return lead;
    }

    /** Writes the leads of {@link #reportInBatch} and their {@code lead.registered} events, each in JDBC batches. */
    public void announceRegistered(List<Lead> leads) {
        Lead.flush();
        outbox.appendAll(LeadEvents.AGGREGATE, LeadEvents.REGISTERED,
                leads.stream().map(lead -> new Outbox.Event(lead.id, LeadEvents.RegisteredData.of(lead))).toList());
    }

    /**
     * The companies of the zone among {@code ids}, locked until the transaction ends as
     * {@link #report} locks one, in id order: two imports naming the same companies then wait for
     * each other instead of deadlocking.
     */
    public static Map<UUID, Company> lockCompanies(String zone, Collection<UUID> ids) {
        return Company.<Company>find("zone = ?1 and id in ?2 order by id", zone, ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE).stream()
                .collect(Collectors.toMap(company -> company.id, company -> company));
    }

    /** 422 {@code unknown-company}, as a report of a company not in the zone is. */
    public static ProblemException unknownCompany(UUID companyId) {
        return ProblemException.unprocessable("unknown-company", companyId)
                .withError("companyId", "unknown-company", companyId);
    }

    /**
     * The next numbers of lead codes, one for each of {@code count} reports. Without a result class:
     * Hibernate 7 keys a native query's cached plan by its result mapping, and a mapping made from a
     * class is a new key at every call, so the plan cache filled with copies of this one statement
     * and every report searched through them (6 % of the service's time under load, async-profiler).
     */
    public static List<Long> nextCodeNumbers(int count) {
        List<?> numbers = Lead.getEntityManager()
                .createNativeQuery("select nextval('lead_code_seq') from generate_series(1, ?1)")
                .setParameter(1, count).getResultList();
        return numbers.stream().map(number -> ((Number) number).longValue()).toList();
    }

    /** The lead if the caller may see it; 404 otherwise (another team's lead does not exist for them). */
    public Lead get(UUID id) {
        return Lead.<Lead>findByIdOptional(id).filter(access::canSee)
                .orElseThrow(() -> ProblemException.notFound("lead", id));
    }

    /**
     * Changes what is known of the lead (its company stays); the owner team or the administration.
     * A change that alters nothing keeps the version.
     */
    @Transactional
    public Lead change(UUID id, String ifMatch, LeadRequest request) {
        Lead lead = get(id);
        access.requireOwnerOrAdmin(lead);
        ETags.requireMatch(ifMatch, lead.version);
        if (!lead.companyId.equals(request.companyId())) {
            throw ProblemException.unprocessable("lead-company-fixed", lead.code)
                    .withError("companyId", "lead-company-fixed", lead.code);
        }
        requireValid(lead.zone, industries.require(), request);
        LeadView before = LeadView.of(lead);
        lead.apply(request);
        if (!LeadView.of(lead).equals(before)) {
            lead.changedBy(caller.subject());
            lead.flush();
        }
        return lead;
    }

    /** Moves the lead to another status, by the rule of {@link LeadStatus}; the owner team or the administration. */
    @Transactional
    public Lead changeStatus(UUID id, String ifMatch, StatusChangeRequest request) {
        Lead lead = get(id);
        access.requireOwnerOrAdmin(lead);
        ETags.requireMatch(ifMatch, lead.version);
        if (request.status() == LeadStatus.CONVERTED) {
            // a conversion hands the lead to projects-service, which says when the project exists
            throw ProblemException.unprocessable("lead-conversion-required", lead.code)
                    .withError("status", "lead-conversion-required", lead.code);
        }
        LeadStatus previous = lead.status;
        lead.changeStatus(request.status(), request.reason());
        lead.changedBy(caller.subject());
        lead.flush();
        outbox.append(LeadEvents.AGGREGATE, lead.id, LeadEvents.STATUS_CHANGED,
                LeadEvents.StatusChangedData.of(lead, previous, lead.status == LeadStatus.LOST ? lead.lostReason : null));
        return lead;
    }

    /** The leads the caller sees, in id order (which is report order), filtered. */
    public Page<Lead> list(PageRequest page, LeadFilter filter) {
        LeadSelection selection = select(filter);
        Parameters parameters = selection.parameters()
                .and("after", page.cursor().map(Cursor::id).orElse(new UUID(0, 0)));
        List<Lead> rows = Lead.<Lead>find(selection.where() + " and id > :after order by id", parameters)
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, lead -> Cursor.of("", lead.id));
    }

    /**
     * Which leads the caller sees through the filter, as a query over {@link Lead}: what a page of
     * the list shows and what the CSV export streams, so the two never differ.
     */
    public LeadSelection select(LeadFilter filter) {
        StringBuilder query = new StringBuilder("zone = :zone");
        Parameters parameters = Parameters.with("zone", caller.zone());
        access.visibleTeam().ifPresent(team -> {
            query.append(" and (ownerTeam is null or ownerTeam = :visibleTeam)");
            parameters.and("visibleTeam", team);
        });
        filter.status().ifPresent(status -> {
            query.append(" and status = :status");
            parameters.and("status", status);
        });
        filter.team().ifPresent(team -> {
            query.append(" and ownerTeam = :team");
            parameters.and("team", team);
        });
        filter.pool().ifPresent(pool -> query.append(pool == Pool.PUBLIC ? " and ownerTeam is null"
                : " and ownerTeam is not null"));
        filter.companyId().ifPresent(company -> {
            query.append(" and companyId = :company");
            parameters.and("company", company);
        });
        filter.industries().ifPresent(codes -> {
            query.append(" and industryCode in :industries");
            parameters.and("industries", codes);
        });
        if (filter.overdue()) {
            appendOverdue(query, parameters, timers());
        }
        return new LeadSelection(query.toString(), parameters);
    }

    public LeadFilter filter(String status, String team, String pool, String company, String industry,
            String overdue) {
        return LeadFilter.of(status, team, pool, company, industry, overdue, industries::require);
    }

    /** The park suggestions for the leads of the caller's zone (one read of its parks for a whole page). */
    ParkSuggestions suggestions() {
        return parks.suggestions(caller.zone());
    }

    /** The park suggested for a lead without a target park; null when it has one or no open park wants its industry. */
    static UUID suggestedPark(Lead lead, ParkSuggestions suggestions) {
        return lead.targetParkId != null ? null : suggestions.best(lead.industryCode).orElse(null);
    }

    /** The service timers of the caller's zone. */
    public ServiceTimers timers() {
        return timerSettings.timers(caller.zone());
    }

    /** The lead's overdue timers now; none for a lead whose timers do not run. */
    public List<DueTimer> overdueTimers(Lead lead, ServiceTimers timers) {
        return lead.isTimed() ? timers.overdue(lead.timerFacts(), clock.instant()) : List.of();
    }

    /**
     * Only leads with an overdue timer: {@link ServiceTimers#overdue} said in the query, so that a
     * page holds only such leads (a timer is overdue when its start lies more than its days back).
     */
    private void appendOverdue(StringBuilder query, Parameters parameters, ServiceTimers timers) {
        Instant now = clock.instant();
        query.append(" and ").append("""
                status in :timed and conversionRequestedAt is null and ((ownedAt is null and createdAt < :respondFrom)
                or (assessedAt is null and coalesce(intendedInvestmentCny, 0) < :major and createdAt < :assessFrom)
                or (assessedAt is null and intendedInvestmentCny >= :major and createdAt < :majorAssessFrom)
                or (lastFollowUpAt is null and createdAt < :feedbackFrom)
                or (coalesce(lastFollowUpAt, createdAt) < :progressFrom))""");
        parameters.and("timed", Lead.TIMED).and("major", ServiceTimers.MAJOR_INVESTMENT_CNY)
                .and("respondFrom", now.minus(Duration.ofDays(timers.respondDays())))
                .and("assessFrom", now.minus(Duration.ofDays(timers.assessDays())))
                .and("majorAssessFrom", now.minus(Duration.ofDays(timers.majorAssessDays())))
                .and("feedbackFrom", now.minus(Duration.ofDays(timers.feedbackDays())))
                .and("progressFrom", now.minus(Duration.ofDays(timers.progressDays())));
    }

    /**
     * The active lead that a report of this company collides with: one of the same company, of a
     * company with the same USCC, or, where either company has no USCC, of a company with the same
     * normalised name (CompanyName: 華為技術有限公司 = 华为技术). Two companies with different USCCs are
     * different entities even when their names normalise alike (a group and its subsidiary).
     */
    public static Optional<Lead> activeLeadOf(Company company) {
        List<String> keys = nameKeys(company);
        // the companies first, as a union: PostgreSQL then finds their leads by index
        // (lead_active_company); the same test as an OR over the lead scanned every lead of the zone
        StringBuilder companies = new StringBuilder("select c.id from Company c where c.id = :company");
        Parameters parameters = Parameters.with("zone", company.zone).and("company", company.id);
        if (company.uscc != null) {
            companies.append(" union select c.id from Company c where c.zone = :zone and c.uscc = :uscc");
            parameters.and("uscc", company.uscc);
        }
        if (!keys.isEmpty()) {
            companies.append(" union select c.id from Company c join c.nameKeys k where c.zone = :zone")
                    .append(company.uscc != null ? " and c.uscc is null" : "")
                    .append(" and k.normalised in ").append(InList.of("key", keys, parameters::and));
        }
        String query = "zone = :zone and status in " + InList.of("active", LeadStatus.ACTIVE, parameters::and)
                + " and companyId in (" + companies + ") order by createdAt, id";
        return Lead.<Lead>find(query, parameters).firstResultOptional();
    }

    /** The company's name and aliases as collisions compare them (CompanyName), without empty keys. */
    public static List<String> nameKeys(Company company) {
        List<String> names = new ArrayList<>();
        names.add(company.name);
        names.addAll(company.aliases);
        return names.stream().map(CompanyName::normalise).filter(key -> !key.isEmpty()).distinct().toList();
    }

    /**
     * The company, locked until the transaction ends: two reports of one company run one after the
     * other, so the second sees the first and collides. 422 {@code unknown-company}.
     */
    private static Company lockCompany(String zone, UUID companyId) {
        return Company.<Company>findByIdOptional(companyId, LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> c.zone.equals(zone))
                .orElseThrow(() -> unknownCompany(companyId));
    }

    /** 422 {@code unknown-industry}, {@code unknown-park}, {@code park-not-open}. */
    private void requireValid(String zone, IndustryCatalog catalog, LeadRequest request) {
        String code = request.industryCode().strip();
        if (catalog.find(code).isEmpty()) {
            throw ProblemException.unprocessable("unknown-industry", List.of(code))
                    .withError("industryCode", "unknown-industry", code);
        }
        if (request.targetParkId() != null) {
            parks.requireOpen(zone, request.targetParkId(), "targetParkId");
        }
    }

    private static long nextCodeNumber() {
        return nextCodeNumbers(1).get(0);
    }
}
