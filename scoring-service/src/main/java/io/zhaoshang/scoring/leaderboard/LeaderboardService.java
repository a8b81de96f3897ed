package io.zhaoshang.scoring.leaderboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhaoshang.scoring.ledger.LedgerEntry;
import io.zhaoshang.scoring.period.Period;
import io.zhaoshang.scoring.period.PeriodState;
import io.zhaoshang.scoring.period.PeriodStatus;
import io.zhaoshang.scoring.rulebook.FactKind;
import io.zhaoshang.scoring.target.Target;
import io.zhaoshang.scoring.team.Team;
import io.zhaoshang.scoring.team.TeamStatus;
import io.zhaoshang.platform.value.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The leaderboards of a zone: a closed period's frozen ranking, an open period's computed from the ledger now. */
@ApplicationScoped
public class LeaderboardService {

    private final ObjectMapper json;

    LeaderboardService(ObjectMapper json) {
        this.json = json;
    }

    public Leaderboard leaderboard(String zone, Period period) {
        Optional<PeriodState> closed = PeriodState.find(zone, period.kind(), period.key());
        if (closed.isPresent()) {
            List<LeaderboardRow> rows = RankingRow.of(zone, period.kind(), period.key()).stream()
                    .map(row -> json.convertValue(row.standing, LeaderboardRow.class)).toList();
            return new Leaderboard(zone, period.kind(), period.key(), PeriodStatus.CLOSED, closed.get().closedAt, rows);
        }
        return new Leaderboard(zone, period.kind(), period.key(), PeriodStatus.OPEN, null, live(zone, period));
    }

    /**
     * The ranking of the period as the ledger has it now, with the rank change against the previous
     * period: its frozen ranking when closed, else its live one. The teams are read once for both.
     */
    public List<LeaderboardRow> live(String zone, Period period) {
        Period previous = period.previous();
        boolean previousClosed = PeriodState.find(zone, previous.kind(), previous.key()).isPresent();
        Map<String, Map<UUID, List<Object[]>>> sums = sums(zone, period,
                previousClosed ? List.of(period.key()) : List.of(period.key(), previous.key()));
        List<Team> teams = Team.list("zone = ?1 order by code", zone);
        Map<UUID, Integer> previousRanks = new HashMap<>();
        if (previousClosed) {
            RankingRow.of(zone, previous.kind(), previous.key()).forEach(row -> previousRanks.put(row.teamId, row.rank));
        } else {
            List<Standing> ranked = RankingOrder.rank(standings(teams, sums.getOrDefault(previous.key(), Map.of())));
            for (int index = 0; index < ranked.size(); index++) {
                previousRanks.put(ranked.get(index).teamId(), index + 1);
            }
        }
        return Rankings.rows(standings(teams, sums.getOrDefault(period.key(), Map.of())), previousRanks,
                targets(zone, period));
    }

    /**
     * The sums per period key, team and kind of fact, computed by PostgreSQL from the period's index,
     * which holds what is summed (an index-only scan): hence count(*), as count(e) counts the id,
     * which is not in the index. All keys in one statement, one {@code union all} branch per key: with
     * both keys in one {@code in}, the planner chose to read the whole table over 1,000,000 entries,
     * and a query per key cost a round trip and a plan each.
     */
    private static Map<String, Map<UUID, List<Object[]>>> sums(String zone, Period period, List<String> keys) {
        String branch = """
                select e.%1$s, e.teamId, e.kind, sum(e.points), coalesce(sum(e.amountCny), 0), count(*), max(e.occurredAt)
                from LedgerEntry e where e.zone = :zone and e.%1$s = :key%%d group by e.%1$s, e.teamId, e.kind"""
                .formatted(LedgerEntry.keyField(period.kind()));
        List<String> branches = new ArrayList<>();
        for (int index = 0; index < keys.size(); index++) {
            branches.add(branch.formatted(index));
        }
        var query = LedgerEntry.getEntityManager().createQuery(String.join("\nunion all\n", branches), Object[].class)
                .setParameter("zone", zone);
        for (int index = 0; index < keys.size(); index++) {
            query.setParameter("key" + index, keys.get(index));
        }
        Map<String, Map<UUID, List<Object[]>>> byKey = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            byKey.computeIfAbsent((String) row[0], key -> new HashMap<>())
                    .computeIfAbsent((UUID) row[1], team -> new ArrayList<>())
                    .add(Arrays.copyOfRange(row, 1, row.length));
        }
        return byKey;
    }

    /** Every team of the zone still competing, and any other with entries in the period. */
    private static List<Standing> standings(List<Team> teams, Map<UUID, List<Object[]>> byTeam) {
        return teams.stream()
                .filter(team -> byTeam.containsKey(team.id)
                        || (team.status != TeamStatus.ELIMINATED && team.status != TeamStatus.DISBANDED))
                .map(team -> standing(team, byTeam.getOrDefault(team.id, List.of())))
                .toList();
    }

    private static Standing standing(Team team, List<Object[]> sums) {
        Map<FactKind, BigDecimal> breakdown = new EnumMap<>(FactKind.class);
        Map<FactKind, Long> counts = new EnumMap<>(FactKind.class);
        BigDecimal points = BigDecimal.ZERO.setScale(2);
        BigDecimal signed = BigDecimal.ZERO.setScale(2);
        Instant last = null;
        for (Object[] sum : sums) {
            FactKind kind = (FactKind) sum[1];
            breakdown.put(kind, (BigDecimal) sum[2]);
            counts.put(kind, (Long) sum[4]);
            points = points.add((BigDecimal) sum[2]);
            if (kind == FactKind.PROJECT_SIGNED) {
                signed = signed.add((BigDecimal) sum[3]);
            }
            Instant at = (Instant) sum[5];
            last = last == null || at.isAfter(last) ? at : last;
        }
        return new Standing(team.id, team.code, team.name, points, new LinkedHashMap<>(breakdown), signed,
                count(counts, FactKind.CONSTRUCTION_STARTED), count(counts, FactKind.LEAD_REGISTERED),
                count(counts, FactKind.FOLLOW_UP), last);
    }

    private static int count(Map<FactKind, Long> counts, FactKind kind) {
        return counts.getOrDefault(kind, 0L).intValue();
    }

    private static Map<UUID, LeaderboardRow.Results> targets(String zone, Period period) {
        Map<UUID, LeaderboardRow.Results> targets = new HashMap<>();
        Target.<Target>list("zone = ?1 and periodKind = ?2 and periodKey = ?3", zone, period.kind(), period.key())
                .forEach(target -> targets.put(target.teamId, new LeaderboardRow.Results(Money.cny(target.signedAmount),
                        target.projectsStarted, target.leadsCollected, target.followUps)));
        return targets;
    }
}
