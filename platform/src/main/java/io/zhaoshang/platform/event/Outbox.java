package io.zhaoshang.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
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

    /** One event of {@link #appendAll}: the aggregate it is about and its data. */
    public record Event(Object aggregateId, Object data) {
    }

    /**
     * {@link #append} of many events of one type at once, written in one JDBC batch: the outbox's
     * identity key makes Hibernate insert its rows one round trip each, which a bulk import (a
     * chunk of hundreds of leads) would wait on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(String aggregateType, String eventType, List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        String traceparent = TraceContext.current();
        OffsetDateTime occurredAt = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        OutboxEvent.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, topic, payload,
                        occurred_at, traceparent) values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Event event : events) {
                    insert.setObject(1, UuidVersion7Strategy.INSTANCE.generateUuid(null));
                    insert.setString(2, aggregateType);
                    insert.setString(3, event.aggregateId().toString());
                    insert.setString(4, eventType);
                    insert.setString(5, topic);
                    insert.setString(6, toJson(event.data()));
                    insert.setObject(7, occurredAt);
                    insert.setString(8, traceparent);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        wakeRelayAfterCommit();
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
