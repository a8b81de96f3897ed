package io.zhaoshang.leads.collision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreditSplitTest {

    @Test
    void the_two_teams_split_the_credit_in_whole_percents_adding_to_100() {
        assertThat(CreditSplit.of(Map.of("GOV-2", 40, "GOV-1", 60), "GOV-1", "GOV-2"))
                .containsExactly(Map.entry("GOV-1", 60), Map.entry("GOV-2", 40));
    }

    @Test
    void a_split_that_is_not_the_two_teams_or_not_100_is_refused() {
        assertThat(code(Map.of("GOV-1", 50, "GOV-2", 40))).isEqualTo("invalid-share-split");
        assertThat(code(Map.of("GOV-1", 100, "GOV-2", 0))).isEqualTo("invalid-share-split");
        assertThat(code(Map.of("GOV-1", 50, "GOV-3", 50))).isEqualTo("invalid-share-split");
        assertThat(code(Map.of("GOV-1", 100))).isEqualTo("invalid-share-split");
        assertThat(code(null)).isEqualTo("invalid-share-split");
        assertThatThrownBy(() -> CreditSplit.of(Map.of("GOV-1", 50, "GOV-2", 50), "GOV-1", null))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo("share-needs-two-teams"));
    }

    private static String code(Map<String, Integer> shares) {
        try {
            CreditSplit.of(shares, "GOV-1", "GOV-2");
        } catch (ProblemException problem) {
            assertThat(problem.status()).isEqualTo(422);
            return problem.code();
        }
        throw new AssertionError("expected a problem");
    }
}
