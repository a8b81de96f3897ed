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
import io.zhaoshang.scoring.rulebook.FactKind;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
    /** The results that follow the lead: its adjudicated shares split them (a follow-up is a team's own work). */
    private static final Set<FactKind> SHARED = EnumSet.of(FactKind.LEAD_CONVERTED, FactKind.PROJECT_SIGNED,
            FactKind.PROJECT_APPROVING, FactKind.CONSTRUCTION_STARTED, FactKind.IN_PRODUCTION, FactKind.CAPITAL_ARRIVED);
    private static final List<String> PROJECT_IDENTITY = List.of("ownerTeam", "code", "leadId");
    private static final int CHUNK = 1000;

    private final ZoneTimeZones timeZones;

    Ledger(ZoneTimeZones timeZones) {
        this.timeZones = timeZones;
    }

    void onFactRecorded(@Observes FactRecorded recorded) {
        Fact fact = recorded.fact();
        if (fact.zone == null) {
            return;
        }
        rememberShares(fact);
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
        Optional<ScorableFact> scorable = FactScoring.of(fact.eventType, data(fact));
        if (scorable.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> credit = credit(fact, scorable.get());
        if (credit.isEmpty()) {
            return; // the public pool's, or nobody's: no team earns it
        }
        ZoneId timeZone = timeZones.of(fact.zone);
        Booking booking = kept != null ? kept
                : Booking.of(fact.occurredAt, Instant.now(), timeZone, period -> isClosed(fact.zone, period));
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

    /**
     * Who earns the fact, in percent: the shares the event names, else the shares of the lead's latest
     * SHARE adjudication received before it (for the kinds that follow the lead), else the owner team.
     */
    private static Map<String, BigDecimal> credit(Fact fact, ScorableFact scorable) {
        if (!scorable.shares().isEmpty()) {
            return scorable.shares();
        }
        if (scorable.leadId() != null && SHARED.contains(scorable.kind())) {
            List<CreditShare> shares = CreditShare.<CreditShare>list(
                    "zone = ?1 and leadId = ?2 and factId < ?3 order by factId desc, teamCode",
                    fact.zone, scorable.leadId(), fact.id);
            if (!shares.isEmpty()) {
                UUID latest = shares.get(0).factId;
                Map<String, BigDecimal> split = new LinkedHashMap<>();
                shares.stream().filter(share -> share.factId.equals(latest))
                        .forEach(share -> split.put(share.teamCode, share.percent));
                return split;
            }
        }
        return scorable.ownerTeam() == null ? Map.of() : Map.of(scorable.ownerTeam(), HUNDRED);
    }

    /** A SHARE adjudication splits every later credit for its lead; the ledger keeps its shares by lead. */
    private static void rememberShares(Fact fact) {
        if (!FactScoring.COLLISION_ADJUDICATED.equals(fact.eventType) || !"SHARE".equals(fact.data.path("decision").asText())
                || !fact.data.path("leadId").isTextual()) {
            return;
        }
        FactScoring.shares(fact.data.path("shares")).forEach((team, percent) -> {
            CreditShare share = new CreditShare();
            share.factId = fact.id;
            share.teamCode = team;
            share.zone = fact.zone;
            share.leadId = fact.data.get("leadId").asText();
            share.percent = percent;
            share.persist();
        });
    }

    /**
     * The data the ledger reads. A project event that does not name the owner team, the code or the
     * lead (stage changes did not at first) takes them from the project's creation.
     */
    private static JsonNode data(Fact fact) {
        if (!FactScoring.isAboutProject(fact.eventType) || fact.subject == null
                || PROJECT_IDENTITY.stream().allMatch(field -> fact.data.path(field).isTextual())) {
            return fact.data;
        }
        Optional<Fact> created = Fact.find("zone = ?1 and subject = ?2 and eventType = ?3 order by id desc",
                fact.zone, fact.subject, FactScoring.PROJECT_CREATED).firstResultOptional();
        if (created.isEmpty()) {
            return fact.data;
        }
        ObjectNode data = fact.data.deepCopy();
        for (String field : PROJECT_IDENTITY) {
            if (!data.path(field).isTextual() && created.get().data.path(field).isTextual()) {
                data.set(field, created.get().data.get(field));
            }
        }
        return data;
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
