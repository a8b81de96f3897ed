package io.zhaoshang.platform.event;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
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
 * partition move on. (The retry is a loop here because the Quarkus fault-tolerance extension of
 * the pinned platform is not published.)
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

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
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                handleOnce(event, effect);
                return;
            } catch (PoisonEventException e) {
                throw deadLettered(record, e);
            } catch (RuntimeException e) {
                lastFailure = e;
                LOG.warnf("attempt %d/%d to handle %s %s failed: %s", attempt, maxAttempts, event.type(), event.id(), e);
                sleep(retryDelay.multipliedBy(attempt));
            }
        }
        throw deadLettered(record, lastFailure);
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
