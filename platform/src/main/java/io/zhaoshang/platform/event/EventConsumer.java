package io.zhaoshang.platform.event;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
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
 *
 * <p>A channel with {@code batch=true} hands a whole poll to {@link #consumeAll}: the same guarantees
 * per record, for many records in one transaction.
 */
@ApplicationScoped
@Startup // registers the dead-letter counters at start-up (see the constructor)
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
        // the dead-letter counter of every consumed topic exists from the start, at 0: a dashboard or an alert
        // on it shows "none yet" rather than "no data", and increase() counts the first dead letter too
        Config config = ConfigProvider.getConfig();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic")) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(topic -> registry.counter("zhaoshang.events.dead.lettered", "topic", topic));
            }
        }
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
                handleOnce(record.topic(), event, effect);
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
     * Handles the records of a poll ({@code batch=true} channel) as {@link #consume} would one by one,
     * but all of them in one transaction, because a commit per event is what makes a busy topic slow.
     * An unreadable record is dead-lettered at once. If any effect fails, that transaction is rolled
     * back and every record goes through {@link #consume} on its own, with its own retries: the
     * failing one ends in {@code <topic>.dlq} and the others are handled, as without the batch. Each
     * record is acknowledged or dead-lettered by itself, never the batch as a whole.
     */
    public CompletionStage<Void> consumeAll(KafkaRecordBatch<String, String> batch, Consumer<IncomingEvent> effect) {
        List<CompletionStage<Void>> settled = new ArrayList<>();
        Map<KafkaRecord<String, String>, IncomingEvent> readable = new LinkedHashMap<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                readable.put(record, IncomingEvent.from(consumerRecord(record)));
            } catch (PoisonEventException e) {
                settled.add(record.nack(deadLettered(consumerRecord(record), e)));
            }
        }
        if (handleTogether(readable, effect)) {
            readable.keySet().forEach(record -> settled.add(record.ack()));
        } else {
            for (KafkaRecord<String, String> record : readable.keySet()) {
                try {
                    consume(consumerRecord(record), effect);
                    settled.add(record.ack());
                } catch (RuntimeException e) {
                    settled.add(record.nack(e)); // the connector's dead-letter queue, for this record alone
                }
            }
        }
        return CompletableFuture.allOf(settled.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new));
    }

    /** True when every event was handled (or found a repeat) in one committed transaction. */
    private boolean handleTogether(Map<KafkaRecord<String, String>, IncomingEvent> readable, Consumer<IncomingEvent> effect) {
        List<IncomingEvent> events = List.copyOf(readable.values());
        if (events.isEmpty()) {
            return true;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activatedHere = !requestContext.isActive();
        if (activatedHere) {
            requestContext.activate();
        }
        try {
            TraceContext trace = Arc.container().instance(TraceContext.class).get();
            List<Boolean> first = QuarkusTransaction.requiringNew().call(() -> {
                List<Boolean> outcomes = new ArrayList<>(events.size());
                Set<String> firstDeliveries = inbox.firstDeliveries(events);
                readable.forEach((record, event) -> outcomes.add(Tracing.consuming(record.getTopic(), event, () -> {
                    trace.adopt(event.traceparent());
                    boolean isFirst = firstDeliveries.remove(event.id()); // a second copy in the poll is a repeat
                    if (isFirst) {
                        effect.accept(event);
                    }
                    return isFirst;
                })));
                return outcomes;
            });
            for (int i = 0; i < events.size(); i++) {
                registry.counter("zhaoshang.events.consumed", "type", events.get(i).type(), "outcome",
                        first.get(i) ? "handled" : "duplicate").increment();
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("a batch of %d events failed (%s); handling each on its own", events.size(), e);
            return false;
        } finally {
            if (activatedHere) {
                requestContext.terminate();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("not an incoming Kafka record: " + record));
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

    private void handleOnce(String topic, IncomingEvent event, Consumer<IncomingEvent> effect) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activatedHere = !requestContext.isActive();
        if (activatedHere) {
            requestContext.activate();
        }
        try {
            // a span per attempt, child of the producer's (a no-op without the OpenTelemetry agent)
            boolean first = Tracing.consuming(topic, event, () -> {
                Arc.container().instance(TraceContext.class).get().adopt(event.traceparent());
                boolean handled = QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(event)) {
                        return false;
                    }
                    effect.accept(event);
                    return true;
                });
                // in the span: with the agent, the log line carries the trace id
                LOG.debugf("%s %s %s from %s", handled ? "handled" : "passed over the repeated", event.type(), event.id(), topic);
                return handled;
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
