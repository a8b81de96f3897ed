package io.zhaoshang.platform.event;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Handles one consumed record exactly once: the inbox row and the effect commit together, so a
 * redelivery changes nothing. A failing effect is retried a bounded number of times, each attempt
 * in a fresh transaction; then the exception goes back to the Kafka connector, whose
 * {@code dead-letter-queue} failure strategy moves the record to {@code <topic>.dlq} and lets the
 * partition move on. A database out of reach is no fault of the record: then the consumer waits for it
 * as long as it takes, without spending attempts. (The retry is a loop here because the Quarkus fault-tolerance extension of
 * the pinned platform is not published.)
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration DATABASE_WAIT_FIRST = Duration.ofMillis(500);
    private static final Duration DATABASE_WAIT_MAX = Duration.ofSeconds(5);

    private final MeterRegistry registry;
    private final Inbox inbox;
    private final int maxAttempts;
    private final Duration retryDelay;

    EventConsumer(MeterRegistry registry, Inbox inbox,
            @ConfigProperty(name = "zhaoshang.inbox.max-attempts", defaultValue = "3") int maxAttempts,
            @ConfigProperty(name = "zhaoshang.inbox.retry-delay", defaultValue = "200ms") Duration retryDelay) {
        this.registry = registry;
        this.inbox = inbox;
        this.maxAttempts = maxAttempts;
        this.retryDelay = retryDelay;
    }

    public void consume(ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record);
        } catch (PoisonEventException e) {
            throw deadLettered(record, e);
        }
        RuntimeException lastFailure = null;
        Duration databaseWait = DATABASE_WAIT_FIRST;
        int attempt = 0;
        while (attempt < maxAttempts) {
            try {
                handleOnce(event, effect);
                return;
            } catch (PoisonEventException e) {
                throw deadLettered(record, e);
            } catch (RuntimeException e) {
                lastFailure = e;
                if (databaseUnavailable(e) && !Thread.currentThread().isInterrupted()) {
                    // the record is fine, our database is not: a dead letter would lose a good event, so wait
                    // for the database (the partition waits too, which keeps the order) without spending attempts
                    LOG.warnf("database unavailable while handling %s %s, trying again in %d ms: %s", event.type(),
                            event.id(), databaseWait.toMillis(), e);
                    sleep(databaseWait);
                    databaseWait = databaseWait.multipliedBy(2).compareTo(DATABASE_WAIT_MAX) > 0 ? DATABASE_WAIT_MAX
                            : databaseWait.multipliedBy(2);
                    continue;
                }
                attempt++;
                LOG.warnf("attempt %d/%d to handle %s %s failed: %s", attempt, maxAttempts, event.type(), event.id(), e);
                sleep(retryDelay.multipliedBy(attempt));
            }
        }
        throw deadLettered(record, lastFailure);
    }

    /**
     * Whether the failure is the database being out of reach (SQLState class 08, connection exception;
     * Hibernate's {@code JDBCConnectionException}, which is also what a pool that cannot connect gives)
     * rather than anything about the record.
     */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t.getClass().getName().endsWith(".JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private void handleOnce(IncomingEvent event, Consumer<IncomingEvent> effect) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activatedHere = !requestContext.isActive();
        if (activatedHere) {
            requestContext.activate();
        }
        try {
            Arc.container().instance(TraceContext.class).get().adopt(event.traceparent());
            boolean first = QuarkusTransaction.requiringNew().call(() -> {
                if (!inbox.firstDelivery(event)) {
                    return false;
                }
                effect.accept(event);
                return true;
            });
            registry.counter("zhaoshang.events.consumed", "type", event.type(), "outcome", first ? "handled" : "duplicate")
                    .increment();
        } finally {
            if (activatedHere) {
                requestContext.terminate();
            }
        }
    }

    private RuntimeException deadLettered(ConsumerRecord<String, String> record, RuntimeException cause) {
        registry.counter("zhaoshang.events.dead.lettered", "topic", record.topic()).increment();
        LOG.errorf("event at %s-%d@%d goes to the dead letters: %s", record.topic(), record.partition(), record.offset(),
                cause.getMessage());
        return cause;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
