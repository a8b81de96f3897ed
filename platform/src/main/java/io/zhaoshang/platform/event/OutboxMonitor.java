package io.zhaoshang.platform.event;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Backlog of the outbox (how many events wait, and since when), as metrics and in the readiness
 * report. It is refreshed on a timer so a metrics scrape never waits on the database. A backlog
 * alone does not make the service unready: writes keep working while Kafka is away.
 */
@Readiness
@ApplicationScoped
public class OutboxMonitor implements HealthCheck {

    private final EntityManager entityManager;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    OutboxMonitor(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        Gauge.builder("zhaoshang.outbox.backlog", backlog, AtomicLong::get)
                .description("events written but not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("zhaoshang.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get)
                .description("age of the oldest unpublished event")
                .baseUnit("seconds")
                .register(registry);
    }

    @Scheduled(every = "${zhaoshang.outbox.monitor-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select count(*), min(occurred_at) from outbox_event where published_at is null")
                .getSingleResult());
        backlog.set(((Number) row[0]).longValue());
        Instant oldest = toInstant(row[1]);
        oldestAgeSeconds.set(oldest == null ? 0 : Duration.between(oldest, Instant.now()).toSeconds());
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : null;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("outbox")
                .up()
                .withData("backlog", backlog.get())
                .withData("oldestAgeSeconds", oldestAgeSeconds.get())
                .build();
    }
}
