package io.zhaoshang.leads.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.leads.lead.LeadStatus;
import io.zhaoshang.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PoolPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-03T02:00:00Z");
    private final PoolPolicy policy = new PoolPolicy(90, 2, 30);

    @Test
    void a_public_lead_is_claimable_below_the_cap() {
        assertThatCode(() -> policy.requireClaimable(new Lead(), "GOV-1", 1, NOW)).doesNotThrowAnyException();
        assertThat(code(() -> policy.requireClaimable(new Lead(), "GOV-1", 2, NOW))).isEqualTo("team-lead-cap-reached");
    }

    @Test
    void the_previous_owner_waits_out_its_cooldown_and_the_others_do_not() {
        Lead lead = new Lead();
        lead.takenBy("GOV-1", NOW.minus(Duration.ofDays(100)), policy.protection());
        lead.toPublicPool(NOW, policy.cooldown());

        assertThat(lead.ownerTeam).isNull();
        assertThat(lead.protectedUntil).isNull();
        assertThat(lead.previousOwnerTeam).isEqualTo("GOV-1");
        assertThat(code(() -> policy.requireClaimable(lead, "GOV-1", 0, NOW.plus(Duration.ofDays(29)))))
                .isEqualTo("reclaim-cooldown");
        assertThatCode(() -> policy.requireClaimable(lead, "GOV-1", 0, NOW.plus(Duration.ofDays(30))))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.requireClaimable(lead, "GOV-2", 0, NOW)).doesNotThrowAnyException();
    }

    @Test
    void an_owned_or_closed_lead_is_not_claimable() {
        Lead owned = new Lead();
        owned.takenBy("GOV-1", NOW, policy.protection());
        assertThat(code(() -> policy.requireClaimable(owned, "GOV-2", 0, NOW))).isEqualTo("lead-owned");
        assertThat(code(() -> policy.requireClaimable(owned, "GOV-1", 0, NOW))).isEqualTo("lead-already-yours");
        Lead lost = new Lead();
        lost.status = LeadStatus.INVALID;
        assertThat(code(() -> policy.requireClaimable(lost, "GOV-2", 0, NOW))).isEqualTo("lead-closed");
    }

    @Test
    void protection_runs_from_the_claim_and_is_renewed_from_a_follow_up() {
        Lead lead = new Lead();
        lead.takenBy("GOV-1", NOW, policy.protection());
        assertThat(lead.protectedUntil).isEqualTo(NOW.plus(Duration.ofDays(90)));
        lead.renewProtection(NOW.plus(Duration.ofDays(10)), policy.protection());
        assertThat(lead.protectedUntil).isEqualTo(NOW.plus(Duration.ofDays(100)));
    }

    private static String code(Runnable check) {
        try {
            check.run();
        } catch (ProblemException problem) {
            assertThat(problem.status()).isEqualTo(409);
            return problem.code();
        }
        throw new AssertionError("expected a problem");
    }

    @Test
    void the_defaults_are_the_issues() {
        assertThat(PoolPolicy.DEFAULT).isEqualTo(new PoolPolicy(90, 200, 30));
    }
}
