package io.zhaoshang.scoring.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RankingOrderTest {

    @Test
    void ties_go_to_more_signed_investment_then_the_earlier_last_fact_then_the_code() {
        Standing richer = standing("SOC-1", "10", "500000000", "2026-11-20T00:00:00Z");
        Standing earlier = standing("GOV-2", "10", "0", "2026-11-05T00:00:00Z");
        Standing later = standing("GOV-1", "10", "0", "2026-11-06T00:00:00Z");
        Standing sameAsEarlier = standing("GOV-3", "10", "0", "2026-11-05T00:00:00Z");
        Standing top = standing("OVS-1", "12", "0", "2026-11-30T00:00:00Z");
        Standing idle = standing("RES-1", "10", "0", null);
        assertThat(RankingOrder.rank(List.of(later, idle, sameAsEarlier, earlier, richer, top)))
                .extracting(Standing::teamCode).containsExactly("OVS-1", "SOC-1", "GOV-2", "GOV-3", "GOV-1", "RES-1");
    }

    @Test
    void all_teams_tied_on_the_lowest_points_are_last_and_a_lone_team_never_is() {
        Standing a = standing("GOV-1", "5", "0", null);
        Standing b = standing("GOV-2", "1", "0", null);
        Standing c = standing("GOV-3", "1", "100", null);
        List<Standing> all = List.of(a, b, c);
        assertThat(all).filteredOn(s -> RankingOrder.isLast(s, all)).extracting(Standing::teamCode)
                .containsExactly("GOV-2", "GOV-3");
        assertThat(RankingOrder.isLast(a, List.of(a))).isFalse();
    }

    @Test
    void rows_carry_the_rank_change_and_the_completion_of_targets() {
        Standing a = standing("GOV-1", "5", "600000000", null);
        Standing b = standing("GOV-2", "7", "0", null);
        LeaderboardRow.Results target = new LeaderboardRow.Results(io.zhaoshang.platform.value.Money.cny("2400000000"), 0, 3, 8);
        List<LeaderboardRow> rows = Rankings.rows(List.of(a, b), Map.of(a.teamId(), 2, b.teamId(), 1), Map.of(a.teamId(), target));
        assertThat(rows).extracting(LeaderboardRow::teamCode).containsExactly("GOV-2", "GOV-1");
        assertThat(rows.get(0).rankChange()).isEqualTo(0);
        assertThat(rows.get(1).completion().signedAmount()).isEqualByComparingTo("25.0");
        assertThat(rows.get(1).completion().projectsStarted()).isNull();
        assertThat(rows.get(0).completion()).isNull();
    }

    @Test
    void the_chart_escapes_what_it_writes() {
        assertThat(LeaderboardSvg.escape("A&B <x> \"q\"")).isEqualTo("A&amp;B &lt;x&gt; &quot;q&quot;");
    }

    private static Standing standing(String code, String points, String signed, String lastFact) {
        return new Standing(UUID.randomUUID(), code, code, new BigDecimal(points), Map.of(), new BigDecimal(signed), 0, 0, 0,
                lastFact == null ? null : Instant.parse(lastFact));
    }
}
