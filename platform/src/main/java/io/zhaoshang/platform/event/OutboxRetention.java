package io.zhaoshang.platform.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.zhaoshang.platform.job.OncePerCluster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes published outbox rows once they are older than {@code zhaoshang.outbox.retention} (7 days
 * by default, the topics' retention): after that Kafka no longer holds them either, and the table
 * would otherwise grow forever. Unpublished rows are never deleted.
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);
    private static final int BATCH = 10_000;

    private final EntityManager entityManager;
    private final Duration retention;

    OutboxRetention(EntityManager entityManager,
            @ConfigProperty(name = "zhaoshang.outbox.retention", defaultValue = "7d") Duration retention) {
        this.entityManager = entityManager;
        this.retention = retention;
    }

    @Scheduled(identity = "outbox-purge", every = "${zhaoshang.outbox.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OncePerCluster.class)
    void purgeOnSchedule() {
        int purged = purgePublishedBefore(Instant.now().minus(retention));
        if (purged > 0) {
            LOG.infof("purged %d published outbox events older than %s", purged, retention);
        }
    }

    /** Deletes the rows published before {@code cutoff}, a batch per transaction; returns how many. */
    public int purgePublishedBefore(Instant cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                    delete from outbox_event where position in (
                        select position from outbox_event where published_at < ?1 order by position limit ?2)""")
                    .setParameter(1, cutoff)
                    .setParameter(2, BATCH)
                    .executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
