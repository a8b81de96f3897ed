package io.zhaoshang.platform.job;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Lets a scheduled job run on one replica of a service at a time: {@code @Scheduled(identity = "...",
 * skipExecutionIf = OncePerCluster.class)}. Before each run the replica takes or renews the job's lease
 * in its database ({@code job_lease}); a replica that finds the lease held by another skips the run.
 *
 * <p>The lease lasts two of the job's intervals and at least {@link #MIN_LEASE}, so the holder renews it
 * long before it ends and the job stays on one replica, even when a loaded machine or a long
 * garbage collection delays a tick; when the holder stops (the lease is given back) or dies (the
 * lease runs out), the next replica whose timer fires takes the job over. Times are the database's, so the
 * replicas' clocks need not agree. Jobs stay idempotent all the same: a run that outlasts its lease
 * may overlap the next holder's.
 */
@ApplicationScoped
public class OncePerCluster implements Scheduled.SkipPredicate {

    private static final Logger LOG = Logger.getLogger(OncePerCluster.class);
    /** For a trigger whose next fire time is unknown (a cron between runs, say). */
    private static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
    /** Short periods (seconds, in tests) would otherwise lose the lease to any hiccup of the holder. */
    static final Duration MIN_LEASE = Duration.ofSeconds(30);

    // take a free or expired lease, or renew our own; the row comes back only when we hold it
    private static final String TAKE = """
            insert into job_lease as lease (job, holder, expires_at) values (?1, ?2, now() + make_interval(secs => ?3))
            on conflict (job) do update set holder = excluded.holder, expires_at = excluded.expires_at,
                taken_at = case when lease.holder = excluded.holder then lease.taken_at else now() end
            where lease.holder = excluded.holder or lease.expires_at < now()
            returning holder""";

    private final EntityManager entityManager;
    private final MeterRegistry registry;
    /** Who this replica is in the lease table: the pod's name, the process and a random part for restarts. */
    private final String holder;
    private final Map<String, Boolean> held = new ConcurrentHashMap<>();

    OncePerCluster(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.registry = registry;
        String host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        this.holder = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** True (skip) when another replica holds the job's lease. */
    @Override
    public boolean test(ScheduledExecution execution) {
        String job = execution.getTrigger().getId();
        boolean mine = take(job, leaseLength(execution));
        registry.counter("zhaoshang.jobs.runs", "job", job, "outcome", mine ? "run" : "skipped").increment();
        if (mine != held.getOrDefault(job, false)) {
            LOG.infof(mine ? "took the lease of job %s (%s)" : "job %s runs on another replica (%s skips it)", job, holder);
            held.put(job, mine);
        }
        return !mine;
    }

    /** Takes or renews the lease; false when another replica holds it. */
    public boolean take(String job, Duration length) {
        double seconds = length.toMillis() / 1000.0;
        return QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(TAKE)
                .setParameter(1, job)
                .setParameter(2, holder)
                .setParameter(3, seconds)
                .getResultList().isEmpty());
    }

    /** This replica's name in {@code job_lease.holder}. */
    public String holder() {
        return holder;
    }

    /** A replica that stops gives its leases back, so another takes its jobs at its next tick. */
    void release(@Observes ShutdownEvent event) {
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("update job_lease set expires_at = now() where holder = ?1")
                    .setParameter(1, holder)
                    .executeUpdate());
        } catch (RuntimeException e) {
            // the leases then simply run out
            LOG.debugf("could not give back the job leases: %s", e);
        }
    }

    private static Duration leaseLength(ScheduledExecution execution) {
        Instant next = execution.getTrigger().getNextFireTime();
        Instant fired = execution.getScheduledFireTime();
        Duration interval = next == null || fired == null || !next.isAfter(fired) ? DEFAULT_INTERVAL : Duration.between(fired, next);
        Duration twice = interval.multipliedBy(2);
        return twice.compareTo(MIN_LEASE) < 0 ? MIN_LEASE : twice;
    }
}
