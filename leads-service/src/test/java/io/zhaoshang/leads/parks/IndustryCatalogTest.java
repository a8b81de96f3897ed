package io.zhaoshang.leads.parks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the catalog copy, as plain Java. */
class IndustryCatalogTest {

    private final IndustryCatalog catalog = new IndustryCatalog(3, List.of(
            new IndustryEntry("SEI-04", null, "生物产业", "Bioindustry"),
            new IndustryEntry("SEI-04.01", "SEI-04", "生物医药产业", "Biomedicine"),
            new IndustryEntry("SEI-04.01.02", "SEI-04.01", "化学药品制剂制造", "Chemical drugs"),
            new IndustryEntry("SEI-04.02", "SEI-04", "生物医学工程产业", "Biomedical engineering"),
            new IndustryEntry("TRD-02", null, "装备制造", "Equipment")));

    @Test
    void known_codes_pass_and_each_unknown_one_is_named_by_its_place() {
        assertThatCode(() -> catalog.requireKnown("industryCodes", List.of("SEI-04.01", "TRD-02"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> catalog.requireKnown("industryCodes", List.of("SEI-04", "C17", "TRD-02", "SEI-99")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.code()).isEqualTo("unknown-industry");
                    assertThat(problem.args()[0]).isEqualTo(List.of("C17", "SEI-99"));
                });
    }

    @Test
    void a_filter_on_a_category_takes_everything_below_it() {
        assertThat(catalog.withSubCategories("SEI-04", "industry"))
                .containsExactlyInAnyOrder("SEI-04", "SEI-04.01", "SEI-04.01.02", "SEI-04.02");
        assertThat(catalog.withSubCategories("SEI-04.02", "industry")).containsExactly("SEI-04.02");
        assertThatThrownBy(() -> catalog.withSubCategories("C17", "industry"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.code()).isEqualTo("unknown-industry");
                });
    }
}
