package io.zhaoshang.leads.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ServiceTimersTest {

    private static final Instant REPORTED = Instant.parse("2026-03-02T01:00:00Z");
    private static final ServiceTimers RULES = ServiceTimers.DEFAULT;

    /** A fixed clock: "now" is what each test says, never the machine's time. */
    private static Instant daysAfterReport(double days) {
        Clock clock = Clock.fixed(REPORTED.plus(Duration.ofMinutes((long) (days * 24 * 60))), ZoneOffset.UTC);
        return clock.instant();
    }

    private static LeadFacts reported(Instant ownedAt, Instant assessedAt, Instant lastFollowUpAt, String investment) {
        return new LeadFacts(REPORTED, ownedAt, assessedAt, lastFollowUpAt,
                investment == null ? null : new BigDecimal(investment));
    }

    @Test
    void a_fresh_lead_has_every_timer_running_and_none_overdue() {
        LeadFacts lead = reported(null, null, null, null);

        assertThat(RULES.running(lead)).containsExactly(
                new DueTimer(ServiceTimer.RESPOND, REPORTED.plus(Duration.ofDays(1))),
                new DueTimer(ServiceTimer.ASSESS, REPORTED.plus(Duration.ofDays(3))),
                new DueTimer(ServiceTimer.FEEDBACK, REPORTED.plus(Duration.ofDays(7))),
                new DueTimer(ServiceTimer.PROGRESS, REPORTED.plus(Duration.ofDays(14))));
        assertThat(RULES.overdue(lead, daysAfterReport(0.5))).isEmpty();
    }

    @Test
    void an_unowned_lead_is_late_to_respond_after_a_day() {
        LeadFacts lead = reported(null, null, null, null);

        assertThat(RULES.overdue(lead, daysAfterReport(1))).isEmpty();
        assertThat(RULES.overdue(lead, daysAfterReport(1.01))).extracting(DueTimer::timer)
                .containsExactly(ServiceTimer.RESPOND);
        assertThat(RULES.overdue(reported(REPORTED, null, null, null), daysAfterReport(2))).isEmpty();
    }

    @Test
    void a_lead_is_to_be_assessed_in_three_days_a_major_one_in_seven() {
        Instant fourDays = daysAfterReport(4);

        assertThat(RULES.overdue(reported(REPORTED, null, null, "999999999.99"), fourDays))
                .containsExactly(new DueTimer(ServiceTimer.ASSESS, REPORTED.plus(Duration.ofDays(3))));
        assertThat(RULES.overdue(reported(REPORTED, null, null, "1000000000.00"), fourDays)).isEmpty();
        assertThat(RULES.overdue(reported(REPORTED, null, null, "1000000000.00"), daysAfterReport(7.5)))
                .extracting(DueTimer::timer).containsExactly(ServiceTimer.ASSESS, ServiceTimer.FEEDBACK);
        assertThat(RULES.overdue(reported(REPORTED, daysAfterReport(2), null, null), fourDays)).isEmpty();
    }

    @Test
    void feedback_is_the_first_follow_up_and_progress_runs_from_the_last() {
        Instant followedUp = daysAfterReport(5);
        LeadFacts lead = reported(REPORTED, daysAfterReport(2), followedUp, null);

        assertThat(RULES.running(lead)).containsExactly(
                new DueTimer(ServiceTimer.PROGRESS, followedUp.plus(Duration.ofDays(14))));
        assertThat(RULES.overdue(lead, daysAfterReport(18))).isEmpty();
        assertThat(RULES.overdue(lead, daysAfterReport(20))).extracting(DueTimer::timer)
                .containsExactly(ServiceTimer.PROGRESS);
        assertThat(RULES.overdue(reported(REPORTED, daysAfterReport(2), null, null), daysAfterReport(15)))
                .extracting(DueTimer::timer).containsExactly(ServiceTimer.FEEDBACK, ServiceTimer.PROGRESS);
    }

    @Test
    void a_zone_sets_its_own_days() {
        ServiceTimers strict = new ServiceTimers(2, 5, 10, 10, 30);

        assertThat(strict.overdue(reported(null, null, null, null), daysAfterReport(1.5))).isEmpty();
        assertThat(strict.overdue(reported(null, null, null, null), daysAfterReport(6)))
                .extracting(DueTimer::timer).containsExactly(ServiceTimer.RESPOND, ServiceTimer.ASSESS);
    }
}
