package io.zhaoshang.parks.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhaoshang.parks.land.LandUse;
import io.zhaoshang.platform.problem.Problem;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.problem.ProblemTexts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapNeedTest {

    @Test
    void takes_the_quantities_as_given() {
        MapNeed need = MapNeed.of(" 150 ", "1500.50", "INDUSTRIAL");
        assertThat(need.landMu()).isEqualByComparingTo("150");
        assertThat(need.spaceSqm().toPlainString()).isEqualTo("1500.50");
        assertThat(need.landUse()).isEqualTo(LandUse.INDUSTRIAL);
        assertThat(MapNeed.of("1E+2", "9999999999.99", null).landMu().toPlainString()).isEqualTo("100");
        assertThat(MapNeed.of("1.500", null, null).landMu()).isEqualByComparingTo("1.5");
    }

    @Test
    void absent_or_blank_parts_are_no_need() {
        assertThat(MapNeed.of(null, "", " ")).isEqualTo(new MapNeed(null, null, null));
    }

    @Test
    void a_quantity_must_be_a_number_more_than_zero_with_at_most_two_decimals() {
        for (String bad : List.of("0", "-5", "1.234", "lots", "NaN", "Infinity", "0x10", "1e999999999",
                "12345678901", "1e-999999999", "1,5")) {
            ProblemException refused = catchThrowableOfType(ProblemException.class, () -> MapNeed.of(bad, null, null));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.code()).as(bad).isEqualTo("invalid-quantity");
        }
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> MapNeed.of(null, "0.001", null));
        Problem problem = Problem.of(refused, ProblemTexts.ENGLISH, "/api/v1/industry-map");
        assertThat(problem.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("spaceSqm");
            assertThat(error.code()).isEqualTo("invalid-quantity");
            assertThat(error.message()).isEqualTo("must be a number more than 0 with at most 2 decimals");
        });
    }

    @Test
    void an_unknown_land_use_is_refused_with_the_accepted_ones() {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> MapNeed.of(null, null, "FARMING"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid-enum-value");
        assertThat(refused.members().get("acceptedValues")).isEqualTo(List.of("INDUSTRIAL", "RND", "LOGISTICS", "COMMERCIAL"));
    }

    @Test
    void land_fits_when_all_free_parcels_together_cover_it() {
        MapNeed need = MapNeed.of("100", null, null);
        assertThat(need.land(new BigDecimal("100.00"), new BigDecimal("40.00")).fits()).isTrue();
        assertThat(need.land(new BigDecimal("99.99"), new BigDecimal("99.99")).fits()).isFalse();
        assertThat(need.space(new BigDecimal("5000"), new BigDecimal("5000")).fits()).isNull();
    }

    @Test
    void space_fits_only_when_one_carrier_has_it_vacant() {
        MapNeed need = MapNeed.of(null, "500", null);
        assertThat(need.space(new BigDecimal("500.00"), new BigDecimal("500.00")).fits()).isTrue();
        assertThat(need.space(new BigDecimal("900.00"), new BigDecimal("499.99")).fits()).isFalse();
        assertThat(need.land(new BigDecimal("5000"), new BigDecimal("5000")).fits()).isNull();
    }
}
