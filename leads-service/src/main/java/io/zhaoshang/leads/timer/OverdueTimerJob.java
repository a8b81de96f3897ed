package io.zhaoshang.leads.timer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.zhaoshang.platform.job.OncePerCluster;
import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.platform.event.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Announces each service timer of a lead that fell due (线索办理超时), once: late is visible and is an
 * event. The announcement is a row of {@code lead_timer_overdue} keyed by lead, timer and due time,
 * inserted with {@code on conflict do nothing}: when replicas run the job at once, one of them
 * inserts the row and appends the event, the others wait for it and then insert nothing.
 */
@ApplicationScoped
public class OverdueTimerJob {

    private static final Logger LOG = Logger.getLogger(OverdueTimerJob.class);
    private static final int BATCH = 500;

    private static final String ANNOUNCE = """
            insert into lead_timer_overdue (lead_id, timer, due_at, announced_at) values (?1, ?2, ?3, ?4)
            on conflict do nothing""";

    private final Outbox outbox;
    private final TimerSettingsService settings;
    private final Clock clock;

    OverdueTimerJob(Outbox outbox, TimerSettingsService settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(identity = "lead-timers", every = "${zhaoshang.leads.timer-check:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OncePerCluster.class)
    void announceOnSchedule() {
        int announced = announceOverdue();
        if (announced > 0) {
            LOG.infof("announced %d newly overdue service timers of leads", announced);
        }
    }

    /** Announces every timer overdue now and not announced before; a batch of leads per transaction. Returns how many. */
    public int announceOverdue() {
        Instant now = clock.instant();
        int total = 0;
        UUID after = new UUID(0, 0);
        List<UUID> batch;
        do {
            UUID from = after;
            batch = QuarkusTransaction.requiringNew().call(() -> timedLeadsAfter(from));
            if (!batch.isEmpty()) {
                List<UUID> ids = batch;
                total += QuarkusTransaction.requiringNew().call(() -> announce(ids, now));
                after = batch.get(batch.size() - 1);
            }
        } while (batch.size() == BATCH);
        return total;
    }

    private static List<UUID> timedLeadsAfter(UUID after) {
        return Lead.<Lead>find("id > ?1 and status in ?2 and conversionRequestedAt is null order by id", after, Lead.TIMED).page(0, BATCH).list()
                .stream().map(lead -> lead.id).toList();
    }

    private int announce(List<UUID> ids, Instant now) {
        Map<String, ServiceTimers> timersOfZone = new HashMap<>();
        int announced = 0;
        for (Lead lead : Lead.<Lead>list("id in ?1", ids)) {
            ServiceTimers timers = timersOfZone.computeIfAbsent(lead.zone, settings::timers);
            for (DueTimer overdue : timers.overdue(lead.timerFacts(), now)) {
                int inserted = Lead.getEntityManager().createNativeQuery(ANNOUNCE)
                        .setParameter(1, lead.id).setParameter(2, overdue.timer().name())
                        .setParameter(3, overdue.dueAt()).setParameter(4, now)
                        .executeUpdate();
                if (inserted == 1) {
                    outbox.append(TimerEvents.AGGREGATE, lead.id, TimerEvents.OVERDUE,
                            TimerEvents.OverdueData.of(lead, overdue));
                    announced++;
                }
            }
        }
        return announced;
    }
}
