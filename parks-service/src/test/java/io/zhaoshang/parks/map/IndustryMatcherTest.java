package io.zhaoshang.parks.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhaoshang.parks.industry.IndustryCatalog;
import io.zhaoshang.parks.industry.IndustryEntry;
import io.zhaoshang.platform.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndustryMatcherTest {

    private final IndustryCatalog catalog = new IndustryCatalog(1, List.of(
            new IndustryEntry("SEI-04", null, "生物产业", "Bioindustry"),
            new IndustryEntry("SEI-04.01", "SEI-04", "生物医药产业", "Biomedicine"),
            new IndustryEntry("SEI-04.01.01", "SEI-04.01", "化学药品与原料药制造", "Chemical drugs"),
            new IndustryEntry("SEI-04.02", "SEI-04", "生物医学工程产业", "Biomedical engineering"),
            new IndustryEntry("TRD-01", null, "装备制造", "Equipment manufacturing")));

    private final IndustryMatcher biomedicine = IndustryMatcher.of(catalog, "SEI-04.01", "industry");

    @Test
    void the_code_itself_its_categories_and_its_sub_categories_match() {
        assertThat(biomedicine.codes()).containsExactlyInAnyOrder("SEI-04.01", "SEI-04", "SEI-04.01.01");
        assertThat(biomedicine.match(List.of("TRD-01", "SEI-04.01")))
                .contains(new IndustryMatch(MatchKind.LEADING_INDUSTRY, "SEI-04.01", 2));
        assertThat(biomedicine.match(List.of("SEI-04")))
                .contains(new IndustryMatch(MatchKind.PARENT_INDUSTRY, "SEI-04", 1));
        assertThat(biomedicine.match(List.of("TRD-01", "SEI-04.01.01")))
                .contains(new IndustryMatch(MatchKind.SUB_INDUSTRY, "SEI-04.01.01", 2));
    }

    @Test
    void a_sibling_or_another_branch_does_not_match() {
        assertThat(biomedicine.match(List.of("SEI-04.02", "TRD-01"))).isEmpty();
        assertThat(biomedicine.match(List.of())).isEmpty();
    }

    @Test
    void the_strongest_kind_wins_then_the_earliest_place() {
        assertThat(biomedicine.match(List.of("SEI-04.01.01", "SEI-04", "SEI-04.01")))
                .contains(new IndustryMatch(MatchKind.LEADING_INDUSTRY, "SEI-04.01", 3));
        assertThat(biomedicine.match(List.of("SEI-04.01.01", "SEI-04")))
                .contains(new IndustryMatch(MatchKind.PARENT_INDUSTRY, "SEI-04", 2));
        IndustryMatcher bio = IndustryMatcher.of(catalog, "SEI-04", "industry");
        assertThat(bio.match(List.of("TRD-01", "SEI-04.02", "SEI-04.01")))
                .contains(new IndustryMatch(MatchKind.SUB_INDUSTRY, "SEI-04.02", 2));
    }

    @Test
    void an_unknown_code_is_a_bad_request_naming_the_parameter() {
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> IndustryMatcher.of(catalog, "SEI-99", "industry"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("unknown-industry");
    }
}
