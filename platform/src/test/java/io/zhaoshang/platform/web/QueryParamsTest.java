package io.zhaoshang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhaoshang.platform.problem.ProblemException;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void an_absent_filter_is_empty_and_a_known_value_is_read() {
        assertThat(QueryParams.enumValue(DayOfWeek.class, "day", null)).isEmpty();
        assertThat(QueryParams.enumValue(DayOfWeek.class, "day", " ")).isEmpty();
        assertThat(QueryParams.enumValue(DayOfWeek.class, "day", " MONDAY ")).contains(DayOfWeek.MONDAY);
    }

    @Test
    void an_unknown_value_is_a_400_listing_the_accepted_ones() {
        assertThatThrownBy(() -> QueryParams.enumValue(DayOfWeek.class, "day", "monday"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.code()).isEqualTo("invalid-enum-value");
                    assertThat(problem.members().get("acceptedValues")).isEqualTo(
                            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"));
                });
    }
}
