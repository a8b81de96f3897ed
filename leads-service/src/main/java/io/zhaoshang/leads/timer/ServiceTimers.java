package io.zhaoshang.leads.timer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The service timers of a zone (线索办理时限, Jiangmen's rules), as plain Java: a lead is to have an
 * owner within {@code respondDays} of its report, be assessed (研判) within {@code assessDays}
 * ({@code majorAssessDays} for a major lead), get its first follow-up (feedback) within
 * {@code feedbackDays}, and a follow-up at least every {@code progressDays} after the last one.
 * All count from the report, progress from the last follow-up.
 */
public record ServiceTimers(int respondDays, int assessDays, int majorAssessDays, int feedbackDays,
        int progressDays) {

    public static final ServiceTimers DEFAULT = new ServiceTimers(1, 3, 7, 7, 14);

    /** A major lead (重大项目, 10亿元以上) gets longer to assess: the same line as projects' MAJOR tier. */
    public static final BigDecimal MAJOR_INVESTMENT_CNY = new BigDecimal("1000000000");

    public static boolean isMajor(BigDecimal investmentCny) {
        return investmentCny != null && investmentCny.compareTo(MAJOR_INVESTMENT_CNY) >= 0;
    }

    /** The timers still running for the lead, each with when it falls due, in the order of {@link ServiceTimer}. */
    public List<DueTimer> running(LeadFacts lead) {
        List<DueTimer> running = new ArrayList<>();
        if (lead.ownedAt() == null) {
            running.add(due(ServiceTimer.RESPOND, lead.reportedAt(), respondDays));
        }
        if (lead.assessedAt() == null) {
            running.add(due(ServiceTimer.ASSESS, lead.reportedAt(),
                    isMajor(lead.investmentCny()) ? majorAssessDays : assessDays));
        }
        if (lead.lastFollowUpAt() == null) {
            running.add(due(ServiceTimer.FEEDBACK, lead.reportedAt(), feedbackDays));
        }
        Instant lastNews = lead.lastFollowUpAt() == null ? lead.reportedAt() : lead.lastFollowUpAt();
        running.add(due(ServiceTimer.PROGRESS, lastNews, progressDays));
        return running;
    }

    /** The running timers whose due time has passed at {@code now}. */
    public List<DueTimer> overdue(LeadFacts lead, Instant now) {
        return running(lead).stream().filter(timer -> now.isAfter(timer.dueAt())).toList();
    }

    private static DueTimer due(ServiceTimer timer, Instant from, int days) {
        return new DueTimer(timer, from.plus(Duration.ofDays(days)));
    }
}
