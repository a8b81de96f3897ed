package io.zhaoshang.leads.parks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The default target park of a lead, ranked like parks-service's industry map. */
class ParkSuggestionsTest {

    private static final IndustryCatalog CATALOG = new IndustryCatalog(1, List.of(
            new IndustryEntry("SEI-04", null, "生物产业", "Bioindustry"),
            new IndustryEntry("SEI-04.01", "SEI-04", "生物医药产业", "Biomedicine"),
            new IndustryEntry("SEI-04.01.01", "SEI-04.01", "化学药品", "Chemical drugs"),
            new IndustryEntry("SEI-04.02", "SEI-04", "生物医学工程产业", "Biomedical engineering"),
            new IndustryEntry("SEI-01", null, "新一代信息技术产业", "New-generation IT")));

    @Test
    void the_industry_itself_beats_a_category_it_belongs_to_which_beats_a_sub_category() {
        Park sub = park("SUB", "SEI-04.01.01");
        Park parent = park("PARENT", "SEI-04");
        Park exact = park("EXACT", "SEI-01", "SEI-04.01");
        Park sibling = park("SIBLING", "SEI-04.02");
        Park other = park("OTHER", "SEI-01");

        ParkSuggestions suggestions = new ParkSuggestions(CATALOG, List.of(sub, parent, exact, sibling, other));

        assertThat(suggestions.ranked("SEI-04.01")).containsExactly(exact.id, parent.id, sub.id);
        assertThat(suggestions.best("SEI-04.01")).contains(exact.id);
        assertThat(suggestions.best("SEI-04.02")).contains(sibling.id);
    }

    @Test
    void of_equal_matches_the_park_naming_the_industry_earlier_wins_then_the_code() {
        Park second = park("A", "SEI-01", "SEI-04.01");
        Park first = park("Z", "SEI-04.01");
        Park firstToo = park("M", "SEI-04.01", "SEI-01");

        assertThat(new ParkSuggestions(CATALOG, List.of(second, first, firstToo)).ranked("SEI-04.01"))
                .containsExactly(firstToo.id, first.id, second.id);
    }

    @Test
    void nothing_is_suggested_without_a_catalog_a_park_wanting_the_industry_or_for_an_unknown_code() {
        Park park = park("P", "SEI-04.01");
        assertThat(ParkSuggestions.NONE.best("SEI-04.01")).isEmpty();
        assertThat(new ParkSuggestions(CATALOG, List.of(park)).best("SEI-01")).isEmpty();
        assertThat(new ParkSuggestions(CATALOG, List.of(park)).best("SEI-99")).isEmpty();
        assertThat(new ParkSuggestions(CATALOG, List.of(park("NONE")))).extracting(s -> s.best("SEI-04.01"))
                .isEqualTo(java.util.Optional.empty());
    }

    private static Park park(String code, String... leadingIndustries) {
        Park park = new Park();
        park.id = UUID.randomUUID();
        park.code = code;
        park.status = "ACTIVE";
        park.leadingIndustries = List.of(leadingIndustries);
        return park;
    }
}
