package io.zhaoshang.parks.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhaoshang.parks.industry.IndustryCatalog;
import io.zhaoshang.parks.industry.IndustryEntry;
import io.zhaoshang.parks.land.LandUse;
import io.zhaoshang.parks.park.ParkKind;
import io.zhaoshang.parks.park.ParkStatus;
import io.zhaoshang.platform.problem.ProblemTexts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MapReasonsTest {

    private final IndustryCatalog catalog = new IndustryCatalog(1, List.of(
            new IndustryEntry("SEI-04", null, "生物产业", "Bioindustry"),
            new IndustryEntry("SEI-04.01", "SEI-04", "生物医药产业", "Biomedicine")));

    @Test
    void explain_the_match_and_each_need_in_english() {
        MapNeed need = new MapNeed(new BigDecimal("150"), new BigDecimal("1500"), LandUse.INDUSTRIAL);
        MapCandidate candidate = candidate(new IndustryMatch(MatchKind.PARENT_INDUSTRY, "SEI-04", 2), need,
                "180.50", "120", "2600", "2000");

        assertThat(new MapReasons(ProblemTexts.ENGLISH, catalog, "SEI-04.01", need).of(candidate)).containsExactly(
                new IndustryMapView.Reason("parent-industry",
                        "Leading industry no. 2: Bioindustry (SEI-04), the category SEI-04.01 belongs to."),
                new IndustryMapView.Reason("land-fits",
                        "180.5 mu of industrial land free (largest parcel 120 mu): enough for the 150 mu needed."),
                new IndustryMapView.Reason("space-fits",
                        "A carrier with 2,000 m² vacant: enough for the 1,500 m² needed (2,600 m² vacant in all)."));
    }

    @Test
    void and_in_chinese() {
        MapNeed need = new MapNeed(new BigDecimal("150"), new BigDecimal("1500"), null);
        MapCandidate candidate = candidate(new IndustryMatch(MatchKind.LEADING_INDUSTRY, "SEI-04.01", 1), need,
                "60", "60", "1000", "600");

        assertThat(new MapReasons(ProblemTexts.CHINESE, catalog, "SEI-04.01", need).of(candidate)).containsExactly(
                new IndustryMapView.Reason("leading-industry", "第 1 位主导产业：生物医药产业（SEI-04.01），即所查产业。"),
                new IndustryMapView.Reason("land-short", "可供土地仅 60 亩（最大地块 60 亩），不足所需 150 亩。"),
                new IndustryMapView.Reason("space-short",
                        "没有空置达 1,500 平方米的载体：最大空置 600 平方米（共空置 1,000 平方米）。"));
    }

    @Test
    void without_needs_only_the_match_is_explained() {
        MapNeed need = new MapNeed(null, null, LandUse.RND);
        MapCandidate candidate = candidate(new IndustryMatch(MatchKind.SUB_INDUSTRY, "SEI-04.01", 3), need,
                "0", "0", "0", "0");

        assertThat(new MapReasons(ProblemTexts.ENGLISH, catalog, "SEI-04", need).of(candidate)).containsExactly(
                new IndustryMapView.Reason("sub-industry",
                        "Leading industry no. 3: Biomedicine (SEI-04.01), a sub-category of SEI-04."));
    }

    @Test
    void every_land_use_has_its_words_in_both_languages() {
        for (Locale locale : List.of(ProblemTexts.ENGLISH, ProblemTexts.CHINESE)) {
            for (LandUse use : LandUse.values()) {
                MapNeed need = new MapNeed(BigDecimal.ONE, null, use);
                MapCandidate candidate = candidate(new IndustryMatch(MatchKind.LEADING_INDUSTRY, "SEI-04", 1), need,
                        "1", "1", "0", "0");
                assertThat(new MapReasons(locale, catalog, "SEI-04", need).of(candidate).get(1).code())
                        .isEqualTo("land-fits");
            }
        }
    }

    private static MapCandidate candidate(IndustryMatch match, MapNeed need, String freeMu, String largestParcelMu,
            String vacantSqm, String largestVacancySqm) {
        return new MapCandidate(new IndustryMapView.ParkSummary(UUID.randomUUID(), "JN-BIO", "济宁生物医药产业园",
                ParkKind.SPECIALIZED_PARK, ParkStatus.ACTIVE, null), match,
                need.land(new BigDecimal(freeMu), new BigDecimal(largestParcelMu)),
                need.space(new BigDecimal(vacantSqm), new BigDecimal(largestVacancySqm)));
    }
}
