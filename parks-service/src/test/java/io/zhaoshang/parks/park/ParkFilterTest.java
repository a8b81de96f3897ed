package io.zhaoshang.parks.park;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhaoshang.parks.industry.IndustryCatalog;
import io.zhaoshang.parks.industry.IndustryEntry;
import io.zhaoshang.platform.problem.ProblemException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParkFilterTest {

    private final IndustryCatalog catalog = new IndustryCatalog(1, List.of(
            new IndustryEntry("SEI-04", null, "生物产业", "Bioindustry"),
            new IndustryEntry("SEI-04.01", "SEI-04", "生物医药产业", "Biomedicine")));

    @Test
    void absent_or_empty_filters_filter_nothing() {
        ParkFilter none = new ParkFilter(Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(ParkFilter.of(null, null, null, catalog)).isEqualTo(none);
        assertThat(ParkFilter.of(" ", null, "", catalog)).isEqualTo(none);
    }

    @Test
    void known_values_are_taken_and_an_industry_brings_its_sub_categories() {
        UUID parent = UUID.randomUUID();
        ParkFilter filter = ParkFilter.of("BONDED_ZONE", parent, "SEI-04", catalog);
        assertThat(filter.kind()).contains(ParkKind.BONDED_ZONE);
        assertThat(filter.parent()).contains(parent);
        assertThat(filter.industries()).hasValueSatisfying(codes -> assertThat(codes).containsExactly("SEI-04", "SEI-04.01"));
    }

    @Test
    void an_unknown_kind_or_industry_is_refused() {
        ProblemException kind = catchThrowableOfType(ProblemException.class,
                () -> ParkFilter.of("THEME_PARK", null, null, catalog));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.code()).isEqualTo("invalid-enum-value");
        assertThat(kind.members()).containsEntry("acceptedValues", List.of("NEW_DISTRICT", "SUBDISTRICT_PARK",
                "SPECIALIZED_PARK", "BONDED_ZONE", "INCUBATOR", "OTHER"));

        ProblemException industry = catchThrowableOfType(ProblemException.class,
                () -> ParkFilter.of(null, null, "SEI-99", catalog));
        assertThat(industry.status()).isEqualTo(400);
        assertThat(industry.code()).isEqualTo("unknown-industry");
    }
}
