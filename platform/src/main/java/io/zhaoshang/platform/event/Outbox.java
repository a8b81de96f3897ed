package io.zhaoshang.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/**
 * Where a service's domain code records what happened. The event is stored in the caller's
 * transaction, so it exists exactly when the change does; {@link OutboxRelay} publishes it later.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final String topic;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    Outbox(ObjectMapper json, @ConfigProperty(name = "zhaoshang.events.topic") String topic,
            TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.json = json;
        this.topic = topic;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Records an event of the given CloudEvents type (e.g. {@code zhaoshang.zone.registered.v1})
     * about one aggregate; the aggregate id becomes the Kafka key and the CloudEvent subject.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String aggregateType, Object aggregateId, String eventType, Object data) {
        OutboxEvent event = new OutboxEvent();
        // time-ordered ids (UUID v7) keep event ids sortable for people reading a topic
        event.eventId = UuidVersion7Strategy.INSTANCE.generateUuid(null);
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId.toString();
        event.eventType = eventType;
        event.topic = topic;
        event.payload = toJson(data);
        event.occurredAt = Instant.now();
        event.traceparent = TraceContext.current();
        event.persist();
        wakeRelayAfterCommit();
        return event.eventId;
    }

    /** Publishing right after the commit keeps event latency low; the relay's timer is the safety net. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(Outbox.class) != null) {
            return;
        }
        transactions.putResource(Outbox.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON: " + data.getClass(), e);
        }
    }
}
