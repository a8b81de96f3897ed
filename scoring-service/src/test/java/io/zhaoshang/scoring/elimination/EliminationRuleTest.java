package io.zhaoshang.scoring.elimination;

import static io.zhaoshang.scoring.team.TeamStatus.ACTIVE;
import static io.zhaoshang.scoring.team.TeamStatus.ELIMINATED;
import static io.zhaoshang.scoring.team.TeamStatus.ELIMINATION_PROPOSED;
import static io.zhaoshang.scoring.team.TeamStatus.WARNED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EliminationRuleTest {

    @Test
    void last_is_warned_then_proposed_after_n_months_in_a_row() {
        assertThat(EliminationRule.after(ACTIVE, true, 1, 2)).contains(WARNED);
        assertThat(EliminationRule.after(WARNED, true, 2, 2)).contains(ELIMINATION_PROPOSED);
        assertThat(EliminationRule.after(WARNED, true, 2, 3)).isEmpty();
        assertThat(EliminationRule.after(ACTIVE, true, 3, 3)).contains(ELIMINATION_PROPOSED);
        assertThat(EliminationRule.after(ACTIVE, true, 1, 1)).contains(ELIMINATION_PROPOSED);
    }

    @Test
    void a_warning_ends_with_a_month_not_last_and_a_proposal_waits_for_the_decision() {
        assertThat(EliminationRule.after(WARNED, false, 0, 2)).contains(ACTIVE);
        assertThat(EliminationRule.after(ACTIVE, false, 0, 2)).isEmpty();
        assertThat(EliminationRule.after(ELIMINATION_PROPOSED, false, 0, 2)).isEmpty();
        assertThat(EliminationRule.after(ELIMINATION_PROPOSED, true, 3, 2)).isEmpty();
        assertThat(EliminationRule.after(ELIMINATED, true, 5, 2)).isEmpty();
    }
}
