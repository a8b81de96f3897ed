package io.zhaoshang.parks.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhaoshang.parks.park.ParkKind;
import io.zhaoshang.parks.park.ParkStatus;
import io.zhaoshang.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order of the industry map, rule by rule, without Quarkus. */
class MapRankingTest {

    private static final MapNeed LAND_AND_SPACE = new MapNeed(new BigDecimal("100"), new BigDecimal("500"), null);
    private static final MapNeed NOTHING = new MapNeed(null, null, null);

    @Test
    void the_match_kind_comes_first_whatever_the_land_and_space() {
        MapCandidate sub = candidate("A", MatchKind.SUB_INDUSTRY, 1, "900", "900", LAND_AND_SPACE);
        MapCandidate parent = candidate("B", MatchKind.PARENT_INDUSTRY, 1, "900", "900", LAND_AND_SPACE);
        MapCandidate leading = candidate("C", MatchKind.LEADING_INDUSTRY, 3, "0", "0", LAND_AND_SPACE);

        assertThat(codes(MapRanking.rank(List.of(sub, parent, leading)))).containsExactly("C", "B", "A");
    }

    @Test
    void then_the_parks_meeting_more_of_the_needs() {
        MapCandidate none = candidate("A", MatchKind.LEADING_INDUSTRY, 1, "99", "499", LAND_AND_SPACE);
        MapCandidate landOnly = candidate("B", MatchKind.LEADING_INDUSTRY, 2, "100", "0", LAND_AND_SPACE);
        MapCandidate spaceOnly = candidate("C", MatchKind.LEADING_INDUSTRY, 3, "0", "500", LAND_AND_SPACE);
        MapCandidate both = candidate("D", MatchKind.LEADING_INDUSTRY, 4, "100", "500", LAND_AND_SPACE);

        assertThat(none.needsFitting()).isZero();
        assertThat(both.needsFitting()).isEqualTo(2);
        // position breaks the tie between the parks meeting one need each
        assertThat(codes(MapRanking.rank(List.of(none, spaceOnly, landOnly, both)))).containsExactly("D", "B", "C", "A");
    }

    @Test
    void then_the_earlier_the_industry_in_the_parks_list() {
        MapCandidate second = candidate("A", MatchKind.PARENT_INDUSTRY, 2, "500", "500", NOTHING);
        MapCandidate first = candidate("B", MatchKind.PARENT_INDUSTRY, 1, "0", "0", NOTHING);

        assertThat(codes(MapRanking.rank(List.of(second, first)))).containsExactly("B", "A");
    }

    @Test
    void then_more_free_land_then_more_vacant_space_then_the_park_code() {
        MapCandidate lessLand = candidate("A", MatchKind.LEADING_INDUSTRY, 1, "50.5", "900", NOTHING);
        MapCandidate moreLand = candidate("B", MatchKind.LEADING_INDUSTRY, 1, "50.75", "0", NOTHING);
        MapCandidate moreSpace = candidate("D", MatchKind.LEADING_INDUSTRY, 1, "50.5", "901", NOTHING);
        MapCandidate sameAsD = candidate("C", MatchKind.LEADING_INDUSTRY, 1, "50.50", "901.00", NOTHING);

        assertThat(codes(MapRanking.rank(List.of(lessLand, moreSpace, moreLand, sameAsD))))
                .containsExactly("B", "C", "D", "A");
    }

    @Test
    void without_needs_nothing_fits_or_misses() {
        MapCandidate candidate = candidate("A", MatchKind.LEADING_INDUSTRY, 1, "0", "0", NOTHING);

        assertThat(candidate.land().fits()).isNull();
        assertThat(candidate.space().fits()).isNull();
        assertThat(candidate.needsFitting()).isZero();
    }

    @Test
    void twenty_parks_unless_a_limit_from_1_to_100_is_asked() {
        assertThat(MapRanking.limit(null)).isEqualTo(20);
        assertThat(MapRanking.limit(" ")).isEqualTo(20);
        assertThat(MapRanking.limit("1")).isEqualTo(1);
        assertThat(MapRanking.limit(" 100 ")).isEqualTo(100);
        for (String bad : List.of("0", "101", "-1", "ten", "2.5", "99999999999")) {
            ProblemException refused = catchThrowableOfType(ProblemException.class, () -> MapRanking.limit(bad));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.code()).as(bad).isEqualTo("invalid-limit");
        }
    }

    private static MapCandidate candidate(String code, MatchKind kind, int position, String freeMu, String vacantSqm,
            MapNeed need) {
        // the largest piece equals the total here: one parcel, one carrier
        return new MapCandidate(
                new IndustryMapView.ParkSummary(UUID.randomUUID(), code, "园区 " + code, ParkKind.SPECIALIZED_PARK,
                        ParkStatus.ACTIVE, null),
                new IndustryMatch(kind, "SEI-04.01", position),
                need.land(new BigDecimal(freeMu), new BigDecimal(freeMu)),
                need.space(new BigDecimal(vacantSqm), new BigDecimal(vacantSqm)));
    }

    private static List<String> codes(List<MapCandidate> ranked) {
        return ranked.stream().map(candidate -> candidate.park().code()).toList();
    }
}
