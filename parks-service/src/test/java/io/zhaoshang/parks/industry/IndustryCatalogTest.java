package io.zhaoshang.parks.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhaoshang.platform.problem.Problem;
import io.zhaoshang.platform.problem.ProblemException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndustryCatalogTest {

    private final IndustryCatalog catalog = new IndustryCatalog(3, List.of(
            new IndustryEntry("TRD-01", null, "装备制造", "Equipment manufacturing"),
            new IndustryEntry("SEI-04.02", "SEI-04", "生物医学工程产业", "Biomedical engineering"),
            new IndustryEntry("SEI-04", null, "生物产业", "Bioindustry"),
            new IndustryEntry("SEI-04.01", "SEI-04", "生物医药产业", "Biomedicine"),
            new IndustryEntry("SEI-04.01.01", "SEI-04.01", "化学药品与原料药制造", "Chemical drugs")));

    @Test
    void entries_and_each_level_come_in_code_order() {
        assertThat(catalog.version()).isEqualTo(3);
        assertThat(catalog.entries()).extracting(IndustryEntry::code)
                .containsExactly("SEI-04", "SEI-04.01", "SEI-04.01.01", "SEI-04.02", "TRD-01");
        assertThat(catalog.children(null)).extracting(IndustryEntry::code).containsExactly("SEI-04", "TRD-01");
        assertThat(catalog.children("SEI-04")).extracting(IndustryEntry::code).containsExactly("SEI-04.01", "SEI-04.02");
        assertThat(catalog.children("TRD-01")).isEmpty();
    }

    @Test
    void an_industry_stands_for_all_its_sub_categories() {
        assertThat(catalog.withSubCategories("SEI-04", "industry"))
                .containsExactly("SEI-04", "SEI-04.01", "SEI-04.01.01", "SEI-04.02");
        assertThat(catalog.withSubCategories("SEI-04.02", "industry")).containsExactly("SEI-04.02");
    }

    @Test
    void an_industry_belongs_to_its_categories_nearest_first() {
        assertThat(catalog.ancestors("SEI-04.01.01")).containsExactly("SEI-04.01", "SEI-04");
        assertThat(catalog.ancestors("SEI-04")).isEmpty();
        assertThat(catalog.ancestors("SEI-99")).isEmpty();
    }

    @Test
    void an_unknown_code_in_a_query_is_a_bad_request_naming_the_parameter() {
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> catalog.withSubCategories("SEI-99", "industry"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("unknown-industry");
        Problem problem = Problem.of(refused, Locale.ENGLISH, "/api/v1/parks");
        assertThat(problem.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("industry");
            assertThat(error.message()).isEqualTo("SEI-99 is not in the industry catalog");
        });
    }

    @Test
    void known_codes_pass() {
        catalog.requireKnown("leadingIndustries", List.of("SEI-04.01", "TRD-01"));
    }

    @Test
    void each_unknown_code_of_a_body_is_named_at_its_index() {
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> catalog.requireKnown("leadingIndustries", List.of("SEI-04.01", "NOPE-1", "TRD-01", "sei-04")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("unknown-industry");
        Problem problem = Problem.of(refused, Locale.SIMPLIFIED_CHINESE, "/api/v1/parks");
        assertThat(problem.getDetail()).isEqualTo("以下代码不在产业目录中（GET /api/v1/industries）：NOPE-1, sei-04。");
        assertThat(problem.getErrors()).extracting(error -> error.field())
                .containsExactly("leadingIndustries[1]", "leadingIndustries[3]");
    }
}
