package io.zhaoshang.leads.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LeadStatusTest {

    @Test
    void a_lead_moves_forward_one_step_at_a_time() {
        assertThat(LeadStatus.NEW.canBecome(LeadStatus.CONTACTED)).isTrue();
        assertThat(LeadStatus.CONTACTED.canBecome(LeadStatus.ASSESSED)).isTrue();
        assertThat(LeadStatus.ASSESSED.canBecome(LeadStatus.CONVERTED)).isTrue();
        assertThat(LeadStatus.NEW.canBecome(LeadStatus.ASSESSED)).isFalse();
        assertThat(LeadStatus.NEW.canBecome(LeadStatus.CONVERTED)).isFalse();
        assertThat(LeadStatus.ASSESSED.canBecome(LeadStatus.CONTACTED)).isFalse();
    }

    @Test
    void an_open_lead_may_sleep_be_lost_or_be_invalid_and_a_dormant_one_wakes_by_contact() {
        for (LeadStatus open : EnumSet.of(LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.ASSESSED)) {
            assertThat(open.canBecome(LeadStatus.DORMANT)).as(open.name()).isTrue();
            assertThat(open.canBecome(LeadStatus.LOST)).as(open.name()).isTrue();
            assertThat(open.canBecome(LeadStatus.INVALID)).as(open.name()).isTrue();
        }
        assertThat(LeadStatus.DORMANT.canBecome(LeadStatus.CONTACTED)).isTrue();
        assertThat(LeadStatus.DORMANT.canBecome(LeadStatus.ASSESSED)).isFalse();
    }

    @Test
    void converted_lost_and_invalid_are_final_and_not_active() {
        for (LeadStatus closed : EnumSet.of(LeadStatus.CONVERTED, LeadStatus.LOST, LeadStatus.INVALID)) {
            assertThat(closed.isActive()).isFalse();
            for (LeadStatus next : LeadStatus.values()) {
                assertThat(closed.canBecome(next)).as(closed + " -> " + next).isFalse();
            }
        }
        assertThat(LeadStatus.DORMANT.isActive()).isTrue();
    }

    @Test
    void a_refused_transition_is_a_409_naming_both_statuses() {
        assertThatThrownBy(() -> LeadStatus.LOST.requireCanBecome(LeadStatus.NEW))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.code()).isEqualTo("invalid-status-transition");
                    assertThat(problem.args()).containsExactly(LeadStatus.LOST, LeadStatus.NEW);
                });
    }

    @Test
    void a_lost_lead_needs_a_reason() {
        Lead lead = new Lead();
        assertThatThrownBy(() -> lead.changeStatus(LeadStatus.LOST, " "))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo("lost-reason-required"));
        assertThat(lead.status).isEqualTo(LeadStatus.NEW);
        lead.changeStatus(LeadStatus.LOST, " 已落户他市 ");
        assertThat(lead.lostReason).isEqualTo("已落户他市");
    }
}
