package io.zhaoshang.scoring.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhaoshang.platform.persistence.InList;
import io.zhaoshang.scoring.fact.Fact;
import io.zhaoshang.scoring.fact.FactRecorded;
import io.zhaoshang.scoring.period.Period;
import io.zhaoshang.scoring.period.PeriodKind;
import io.zhaoshang.scoring.period.PeriodState;
import io.zhaoshang.scoring.period.ZoneTimeZones;
import io.zhaoshang.scoring.rulebook.NewRulebookVersion;
import io.zhaoshang.scoring.rulebook.Rule;
import io.zhaoshang.scoring.rulebook.RuleCalculator;
import io.zhaoshang.scoring.rulebook.Rulebook;
import io.zhaoshang.scoring.rulebook.RulebookRules;
import io.zhaoshang.scoring.rulebook.Score;
import io.zhaoshang.scoring.rulebook.ScoredFact;
import io.zhaoshang.scoring.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns facts into ledger entries through the rulebook in force when each fact happened: when a
 * fact is stored (in its transaction) and, for the open periods, again whenever a new rulebook
 * version is published. Closed periods are never touched: a late fact is an adjustment in the open
 * period, and a recomputation leaves every entry that counts in a closed period as it is.
 */
@ApplicationScoped
public class Ledger {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ZoneTimeZones timeZones;
    private final Lookups lookups;
    private final int chunk;
    private final Clock clock;

    Ledger(ZoneTimeZones timeZones, Lookups lookups,
            @ConfigProperty(name = "zhaoshang.scoring.recompute-chunk", defaultValue = "1000") int chunk, Clock clock) {
        this.clock = clock;
        this.timeZones = timeZones;
        this.lookups = lookups;
        this.chunk = chunk;
    }

    void onFactRecorded(@Observes FactRecorded recorded) {
        Fact fact = recorded.fact();
        if (fact.zone == null) {
            return;
        }
        if (FactScoring.PARK_EVENTS.contains(fact.eventType)) {
            lookups.forget(question("park", fact.zone, fact.subject)); // later facts of this transaction see it
        }
        book(fact, null);
        if (FactScoring.PROJECT_FIELDS_FROM.contains(fact.eventType) && fact.subject != null) {
            // later project facts of this transaction take their missing fields from it without asking the database
            recordedHere(fact.zone, fact.subject).add(0, fact.data);
        }
    }

    /**
     * The data of the project's creation and stage changes recorded in this transaction, latest first:
     * a capital arrival usually comes in the same poll as the signing it follows.
     */
    private List<JsonNode> recordedHere(String zone, String projectId) {
        return lookups.get(question("project-facts", zone, projectId), ArrayList::new);
    }

    void onNewRulebookVersion(@Observes NewRulebookVersion version) {
        recompute(version.zone());
    }

    /**
     * Computes again, from their facts and in the order the facts arrived, every entry of the zone
     * that counts only in open periods; each keeps the periods it was booked in. Entries that count
     * in a closed period stay as they are, and count towards the caps as they did. The facts to book
     * again and their periods are set aside in the database, and booked a chunk at a time, each
     * chunk let go once written, so memory stays the same however large the ledger.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(String zone) {
        EntityManager db = LedgerEntry.getEntityManager();
        // waits for the consumers booking facts of the zone by the old rulebook, and holds new ones back until done
        db.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, rulebooksLock(zone))
                .getSingleResult();
        lookups.forgetAll();
        db.createNativeQuery("drop table if exists rebooking").executeUpdate();
        // a fact is booked again only when none of its entries counts in a closed period; all its entries share one booking
        db.createNativeQuery("""
                create temporary table rebooking on commit drop as
                select e.fact_id, min(e.week_key) as week_key, min(e.month_key) as month_key,
                       min(e.quarter_key) as quarter_key, min(e.year_key) as year_key, min(e.adjusts) as adjusts
                from ledger_entry e
                where e.zone = ?1
                group by e.fact_id
                having bool_and(not exists (select 1 from period_state p
                        where p.zone = e.zone and p.status = 'CLOSED'
                          and (p.kind, p.period_key) in (('WEEK', e.week_key), ('MONTH', e.month_key),
                                                         ('QUARTER', e.quarter_key), ('YEAR', e.year_key))))""")
                .setParameter(1, zone).executeUpdate();
        db.createNativeQuery("delete from ledger_entry e using rebooking r where e.fact_id = r.fact_id").executeUpdate();
        UUID after = new UUID(0, 0);
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = db.createNativeQuery("""
                    select fact_id, week_key, month_key, quarter_key, year_key, adjusts from rebooking
                    where fact_id > ?1 order by fact_id limit ?2""")
                    .setParameter(1, after).setParameter(2, chunk).getResultList();
            if (rows.isEmpty()) {
                return;
            }
            Map<UUID, Booking> kept = new LinkedHashMap<>();
            for (Object[] row : rows) {
                kept.put((UUID) row[0], Booking.kept((String) row[1], (String) row[2], (String) row[3], (String) row[4],
                        (String) row[5]));
                after = (UUID) row[0];
            }
            List<Fact> facts = Fact.list("id in ?1 order by id", kept.keySet());
            List<LedgerEntry> booked = new ArrayList<>();
            for (Fact fact : facts) {
                booked.addAll(book(fact, kept.get(fact.id)));
            }
            db.flush();
            facts.forEach(db::detach);
            booked.forEach(db::detach);
        }
    }

    /** Books a fact: with the periods of its former entries when recomputing, else placed by its time now. */
    private List<LedgerEntry> book(Fact fact, Booking kept) {
        Optional<ScorableFact> scorable = FactScoring.of(fact.eventType, data(fact),
                parkId -> leadingIndustries(fact, parkId));
        if (scorable.isEmpty()) {
            return List.of();
        }
        Map<String, BigDecimal> credit = credit(scorable.get());
        if (credit.isEmpty()) {
            return List.of(); // the public pool's, or nobody's: no team earns it
        }
        holdRulebooks(fact.zone);
        ZoneId timeZone = timeZones.of(fact.zone);
        Booking booking = kept != null ? kept
                : Booking.of(fact.occurredAt, clock.instant(), timeZone, period -> isClosed(fact.zone, period));
        LocalDate day = fact.occurredAt.atZone(timeZone).toLocalDate();
        Optional<Rulebook> rulebook = lookups.get(question("rulebook", fact.zone, day),
                () -> Rulebook.effectiveOn(fact.zone, day));
        List<LedgerEntry> entries = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> share : credit.entrySet()) {
            // a team scoring does not know earns nothing: its code may be a typo or a team of another zone
            Optional<UUID> team = lookups.get(question("team", fact.zone, share.getKey()),
                    () -> Team.findByCode(fact.zone, share.getKey()).map(found -> found.id));
            team.ifPresent(teamId -> {
                LedgerEntry entry = entry(fact, teamId, scorable.get(), share.getValue(), booking, rulebook);
                entry.persist();
                entries.add(entry);
            });
        }
        return entries;
    }

    /**
     * Booking holds the zone's rulebooks shared, a recomputation exclusively: a new version waits for
     * the facts being booked by the old one and then books them again, and no fact is booked by the
     * old version after the new one's recomputation has begun.
     */
    private void holdRulebooks(String zone) {
        lookups.get(question("rulebooks-held", zone), () ->
                LedgerEntry.getEntityManager().createNativeQuery("select pg_advisory_xact_lock_shared(hashtext(?1))")
                        .setParameter(1, rulebooksLock(zone)).getSingleResult());
    }

    private static String rulebooksLock(String zone) {
        return "rulebooks:" + zone;
    }

    private static List<Object> question(Object... parts) {
        return Arrays.asList(parts);
    }

    private LedgerEntry entry(Fact fact, UUID teamId, ScorableFact scorable, BigDecimal share, Booking booking,
            Optional<Rulebook> rulebook) {
        ScoredFact scored = new ScoredFact(scorable.kind(), scorable.followUpKind(), scorable.reference(),
                scorable.amountCny(), share.compareTo(HUNDRED) == 0 ? null : share, scorable.flags());
        LedgerEntry entry = new LedgerEntry();
        entry.zone = fact.zone;
        entry.teamId = teamId;
        entry.factId = fact.id;
        entry.kind = scorable.kind();
        entry.followUpKind = scorable.followUpKind();
        entry.sharePercent = share;
        entry.amountCny = scorable.amountCny() == null ? null
                : scorable.amountCny().multiply(share).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        entry.ruleVersion = rulebook.map(version -> version.version).orElse(null);
        entry.occurredAt = fact.occurredAt;
        entry.book(booking);
        Score score = score(rulebook, scored, fact.zone, teamId, booking);
        entry.points = score.points();
        entry.explanationZh = score.explanationZh();
        entry.explanationEn = score.explanationEn();
        return entry;
    }

    /** The rule's score and cap per period; zero, explained, when no rulebook is in force or it lists no rule for the kind. */
    private Score score(Optional<Rulebook> rulebook, ScoredFact scored, String zone, UUID teamId, Booking booking) {
        Optional<Rule> rule = rulebook.flatMap(version -> lookups.get(
                question("rule", version.zone, version.version, scored.kind(), scored.followUpKind()),
                () -> new RulebookRules(version.document).rule(scored.kind(), scored.followUpKind())));
        if (rule.isEmpty()) {
            Score nothing = RuleCalculator.score(Rule.base("0"), scored);
            return rulebook.isEmpty()
                    ? new Score(nothing.points(), nothing.explanationZh() + ", 当时无有效考核办法",
                            nothing.explanationEn() + ", no rulebook in force then")
                    : new Score(nothing.points(),
                            nothing.explanationZh() + ", 考核办法第 " + rulebook.get().version + " 版不计此项",
                            nothing.explanationEn() + ", not scored by rulebook version " + rulebook.get().version);
        }
        Score score = RuleCalculator.score(rule.get(), scored);
        Rule.PeriodCap cap = rule.get().capPerPeriod();
        return cap == null ? score
                : RuleCalculator.capToPeriod(rule.get(), score, earned(zone, teamId, scored, cap.period(),
                        booking.key(cap.period())));
    }

    /**
     * What the team already earned in the period by facts of the same rule (kind and follow-up kind).
     * The zone is said, though the team implies it, so that the period's index (zone, key, team, kind) serves.
     */
    private static BigDecimal earned(String zone, UUID teamId, ScoredFact scored, PeriodKind period, String key) {
        String query = "select coalesce(sum(e.points), 0) from LedgerEntry e where e.zone = :zone"
                + " and e.teamId = :team and e.kind = :kind"
                + " and e." + LedgerEntry.keyField(period) + " = :key"
                + (scored.followUpKind() == null ? " and e.followUpKind is null" : " and e.followUpKind = :followUp");
        // AUTO: the entries this transaction booked count too (the session otherwise writes them at commit)
        var sum = LedgerEntry.getEntityManager().createQuery(query, BigDecimal.class).setFlushMode(FlushModeType.AUTO)
                .setParameter("zone", zone).setParameter("team", teamId).setParameter("kind", scored.kind())
                .setParameter("key", key);
        if (scored.followUpKind() != null) {
            sum.setParameter("followUp", scored.followUpKind());
        }
        return sum.getSingleResult();
    }

    /** Who earns the fact, in percent: the shares the event names, else its owner team alone. */
    private static Map<String, BigDecimal> credit(ScorableFact scorable) {
        if (!scorable.shares().isEmpty()) {
            return scorable.shares();
        }
        return scorable.ownerTeam() == null ? Map.of() : Map.of(scorable.ownerTeam(), HUNDRED);
    }

    /**
     * The data the ledger reads. A project event takes what it does not say ({@link FactScoring#PROJECT_FIELDS}
     * absent, not null) from the project's creation and stage changes received before it, the latest
     * first: a capital arrival names no park, a warning no team. Only facts before it count, so that a
     * recomputation reads what the first booking read.
     */
    private JsonNode data(Fact fact) {
        String projectId = fact.data.path("projectId").isTextual() ? fact.data.get("projectId").asText() : fact.subject;
        if (!FactScoring.isAboutProject(fact.eventType) || projectId == null
                || FactScoring.PROJECT_FIELDS.stream().allMatch(fact.data::has)) {
            return fact.data;
        }
        ObjectNode data = fact.data.deepCopy();
        fill(data, recordedHere(fact.zone, projectId));
        if (FactScoring.PROJECT_FIELDS.stream().allMatch(data::has)) {
            return data; // what the facts of this transaction said covers it; older facts could only fill in less
        }
        // the data only, not the facts: nothing for the persistence context to hold on to; AUTO: this
        // transaction's facts are written first (the session otherwise writes at commit, see FactService)
        List<JsonNode> earlier = factsOfTypes("""
                select f.data from Fact f where f.zone = :zone and f.subject = :project and f.eventType in %s
                and f.id < :fact order by f.id desc""", FactScoring.PROJECT_FIELDS_FROM, JsonNode.class)
                .setParameter("zone", fact.zone).setParameter("project", projectId)
                .setParameter("fact", fact.id).getResultList();
        fill(data, earlier);
        return data;
    }

    /**
     * A query over facts of the given event types ({@code %s} in the HQL is their in-list, one
     * parameter per type so that Hibernate caches its plan, see {@link InList}), flushed first:
     * this transaction's facts are written before it asks.
     */
    private static <T> TypedQuery<T> factsOfTypes(String hql, Collection<String> types, Class<T> result) {
        Map<String, Object> typeParameters = new HashMap<>();
        TypedQuery<T> query = LedgerEntry.getEntityManager()
                .createQuery(hql.formatted(InList.of("type", types, typeParameters::put)), result);
        typeParameters.forEach(query::setParameter);
        return query.setFlushMode(FlushModeType.AUTO);
    }

    /** Sets the fields the data lacks from the earlier facts' data, the latest first. */
    private static void fill(ObjectNode data, List<JsonNode> earlier) {
        for (JsonNode before : earlier) {
            for (String field : FactScoring.PROJECT_FIELDS) {
                if (!data.has(field) && before.has(field) && !before.get(field).isNull()) {
                    data.set(field, before.get(field));
                }
            }
        }
    }

    /**
     * The leading industries of a park as its latest park event received before the fact said:
     * a park changed later does not change what an open period's recomputation finds.
     */
    private List<String> leadingIndustries(Fact fact, String parkId) {
        // every event of the park, latest first, asked once per transaction; then the latest before this fact
        List<Object[]> parkFacts = lookups.get(question("park", fact.zone, parkId), () -> factsOfTypes("""
                        select f.id, f.data from Fact f where f.zone = :zone and f.subject = :park
                        and f.eventType in %s order by f.id desc""", FactScoring.PARK_EVENTS, Object[].class)
                        .setParameter("zone", fact.zone).setParameter("park", parkId).getResultList());
        return parkFacts.stream()
                .filter(park -> receivedBefore((UUID) park[0], fact.id))
                .findFirst()
                .map(park -> {
                    List<String> industries = new ArrayList<>();
                    ((JsonNode) park[1]).path("leadingIndustries").forEach(code -> industries.add(code.asText()));
                    return industries;
                })
                .orElse(List.of());
    }

    /** Fact ids are UUID v7 (time first); PostgreSQL orders them byte by byte, as unsigned numbers. */
    static boolean receivedBefore(UUID id, UUID other) {
        int high = Long.compareUnsigned(id.getMostSignificantBits(), other.getMostSignificantBits());
        return high != 0 ? high < 0 : Long.compareUnsigned(id.getLeastSignificantBits(), other.getLeastSignificantBits()) < 0;
    }

    /**
     * Whether the period is closed. Waits, on the lock the closing takes, for a closing under way:
     * a fact lands in the ranking it freezes, or after it as an adjustment, never in between.
     */
    private boolean isClosed(String zone, Period period) {
        // the lock is held to the end of the transaction, so the answer holds as long
        return lookups.get(question("closed", zone, period.kind(), period.key()), () -> {
            LedgerEntry.getEntityManager().createNativeQuery("select pg_advisory_xact_lock_shared(hashtext(?1))")
                    .setParameter(1, "period:" + zone + ":" + period.kind() + ":" + period.key())
                    .getSingleResult();
            return PeriodState.find(zone, period.kind(), period.key()).isPresent();
        });
    }
}
