package io.zhaoshang.scoring.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhaoshang.platform.problem.Problem;
import io.zhaoshang.platform.problem.ProblemException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamFilterTest {

    @Test
    void absent_filters_filter_nothing() {
        assertThat(TeamFilter.of(null, null)).isEqualTo(new TeamFilter(Optional.empty(), Optional.empty()));
    }

    @Test
    void known_values_are_taken() {
        assertThat(TeamFilter.of("OVERSEAS_BUREAU", "WARNED"))
                .isEqualTo(new TeamFilter(Optional.of(TeamKind.OVERSEAS_BUREAU), Optional.of(TeamStatus.WARNED)));
    }

    @Test
    void an_unknown_value_is_refused_naming_the_accepted_ones() {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> TeamFilter.of(null, "GONE"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid-enum-value");
        assertThat(refused.members()).containsEntry("acceptedValues",
                List.of("ACTIVE", "WARNED", "ELIMINATION_PROPOSED", "ELIMINATED", "DISBANDED"));
        Problem problem = Problem.of(refused, Locale.ENGLISH, "/api/v1/teams");
        assertThat(problem.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("status");
            assertThat(error.code()).isEqualTo("invalid-enum-value");
        });
    }

    @Test
    void values_are_case_sensitive_like_the_api_s_enums() {
        assertThat(catchThrowableOfType(ProblemException.class, () -> TeamFilter.of("park_team", null)).code())
                .isEqualTo("invalid-enum-value");
    }

    @Test
    void an_empty_filter_is_no_filter() {
        assertThat(TeamFilter.of("", " ")).isEqualTo(new TeamFilter(Optional.empty(), Optional.empty()));
    }
}
