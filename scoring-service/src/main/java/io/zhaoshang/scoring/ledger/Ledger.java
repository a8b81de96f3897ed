package io.zhaoshang.scoring.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhaoshang.scoring.fact.Fact;
import io.zhaoshang.scoring.fact.FactRecorded;
import io.zhaoshang.scoring.period.Period;
import io.zhaoshang.scoring.period.PeriodKind;
import io.zhaoshang.scoring.period.PeriodState;
import io.zhaoshang.scoring.period.PeriodStatus;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns facts into ledger entries through the rulebook in force when each fact happened: when a
 * fact is stored (in its transaction) and, for the open periods, again whenever a new rulebook
 * version is published. Closed periods are never touched: a late fact is an adjustment in the open
 * period, and a recomputation leaves every entry that counts in a closed period as it is.
 */
@ApplicationScoped
public class Ledger {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int CHUNK = 1000;

    private final ZoneTimeZones timeZones;
    private final Clock clock;

    Ledger(ZoneTimeZones timeZones, Clock clock) {
        this.clock = clock;
        this.timeZones = timeZones;
    }

    void onFactRecorded(@Observes FactRecorded recorded) {
        Fact fact = recorded.fact();
        if (fact.zone == null) {
            return;
        }
        book(fact, null);
    }

    void onNewRulebookVersion(@Observes NewRulebookVersion version) {
        recompute(version.zone());
    }

    /**
     * Computes again, from their facts and in the order the facts arrived, every entry of the zone
     * that counts only in open periods; each keeps the periods it was booked in. Entries that count
     * in a closed period stay as they are, and count towards the caps as they did.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(String zone) {
        Set<String> closed = PeriodState.<PeriodState>list("zone = ?1 and status = ?2", zone, PeriodStatus.CLOSED)
                .stream().map(state -> state.kind + " " + state.key).collect(Collectors.toSet());
        Map<UUID, Booking> reopened = new TreeMap<>();
        Set<UUID> frozen = new HashSet<>();
        for (LedgerEntry entry : LedgerEntry.<LedgerEntry>list("zone", zone)) {
            Booking booking = entry.booking();
            boolean open = booking.keys().entrySet().stream()
                    .noneMatch(key -> closed.contains(key.getKey() + " " + key.getValue()));
            if (open) {
                reopened.putIfAbsent(entry.factId, booking);
            } else {
                frozen.add(entry.factId);
            }
        }
        reopened.keySet().removeAll(frozen);
        List<UUID> facts = new ArrayList<>(reopened.keySet());
        for (int from = 0; from < facts.size(); from += CHUNK) {
            LedgerEntry.delete("factId in ?1", facts.subList(from, Math.min(facts.size(), from + CHUNK)));
        }
        LedgerEntry.flush();
        for (int from = 0; from < facts.size(); from += CHUNK) {
            for (Fact fact : Fact.<Fact>list("id in ?1 order by id", facts.subList(from, Math.min(facts.size(), from + CHUNK)))) {
                book(fact, reopened.get(fact.id));
            }
        }
    }

    /** Books a fact: with the periods of its former entries when recomputing, else placed by its time now. */
    private void book(Fact fact, Booking kept) {
        Optional<ScorableFact> scorable = FactScoring.of(fact.eventType, data(fact),
                parkId -> leadingIndustries(fact, parkId));
        if (scorable.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> credit = credit(scorable.get());
        if (credit.isEmpty()) {
            return; // the public pool's, or nobody's: no team earns it
        }
        ZoneId timeZone = timeZones.of(fact.zone);
        Booking booking = kept != null ? kept
                : Booking.of(fact.occurredAt, clock.instant(), timeZone, period -> isClosed(fact.zone, period));
        Optional<Rulebook> rulebook = Rulebook.effectiveOn(fact.zone, fact.occurredAt.atZone(timeZone).toLocalDate());
        for (Map.Entry<String, BigDecimal> share : credit.entrySet()) {
            // a team scoring does not know earns nothing: its code may be a typo or a team of another zone
            Team.findByCode(fact.zone, share.getKey()).ifPresent(team ->
                    entry(fact, team.id, scorable.get(), share.getValue(), booking, rulebook).persist());
        }
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
        Score score = score(rulebook, scored, teamId, booking);
        entry.points = score.points();
        entry.explanationZh = score.explanationZh();
        entry.explanationEn = score.explanationEn();
        return entry;
    }

    /** The rule's score and cap per period; zero, explained, when no rulebook is in force or it lists no rule for the kind. */
    private static Score score(Optional<Rulebook> rulebook, ScoredFact scored, UUID teamId, Booking booking) {
        Optional<Rule> rule = rulebook.flatMap(version ->
                new RulebookRules(version.document).rule(scored.kind(), scored.followUpKind()));
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
                : RuleCalculator.capToPeriod(rule.get(), score, earned(teamId, scored, cap.period(), booking.key(cap.period())));
    }

    /** What the team already earned in the period by facts of the same rule (kind and follow-up kind). */
    private static BigDecimal earned(UUID teamId, ScoredFact scored, PeriodKind period, String key) {
        String query = "select coalesce(sum(e.points), 0) from LedgerEntry e where e.teamId = :team and e.kind = :kind"
                + " and e." + LedgerEntry.keyField(period) + " = :key"
                + (scored.followUpKind() == null ? " and e.followUpKind is null" : " and e.followUpKind = :followUp");
        var sum = LedgerEntry.getEntityManager().createQuery(query, BigDecimal.class)
                .setParameter("team", teamId).setParameter("kind", scored.kind()).setParameter("key", key);
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
    private static JsonNode data(Fact fact) {
        String projectId = fact.data.path("projectId").isTextual() ? fact.data.get("projectId").asText() : fact.subject;
        if (!FactScoring.isAboutProject(fact.eventType) || projectId == null
                || FactScoring.PROJECT_FIELDS.stream().allMatch(fact.data::has)) {
            return fact.data;
        }
        ObjectNode data = fact.data.deepCopy();
        for (Fact earlier : Fact.<Fact>list("zone = ?1 and subject = ?2 and eventType in ?3 and id < ?4 order by id desc",
                fact.zone, projectId, List.of(FactScoring.PROJECT_CREATED, FactScoring.PROJECT_STAGE_CHANGED), fact.id)) {
            for (String field : FactScoring.PROJECT_FIELDS) {
                if (!data.has(field) && earlier.data.has(field) && !earlier.data.get(field).isNull()) {
                    data.set(field, earlier.data.get(field));
                }
            }
        }
        return data;
    }

    /**
     * The leading industries of a park as its latest park event received before the fact said:
     * a park changed later does not change what an open period's recomputation finds.
     */
    private static List<String> leadingIndustries(Fact fact, String parkId) {
        return Fact.<Fact>find("zone = ?1 and subject = ?2 and eventType in ?3 and id < ?4 order by id desc",
                        fact.zone, parkId, FactScoring.PARK_EVENTS, fact.id)
                .firstResultOptional()
                .map(park -> {
                    List<String> industries = new ArrayList<>();
                    park.data.path("leadingIndustries").forEach(code -> industries.add(code.asText()));
                    return industries;
                })
                .orElse(List.of());
    }

    /**
     * Whether the period is closed. Waits, on the lock the closing takes, for a closing under way:
     * a fact lands in the ranking it freezes, or after it as an adjustment, never in between.
     */
    private static boolean isClosed(String zone, Period period) {
        LedgerEntry.getEntityManager().createNativeQuery("select pg_advisory_xact_lock_shared(hashtext(?1))")
                .setParameter(1, "period:" + zone + ":" + period.kind() + ":" + period.key())
                .getSingleResult();
        return PeriodState.find(zone, period.kind(), period.key()).isPresent();
    }
}
