package io.zhaoshang.scoring.fact;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.zhaoshang.platform.event.EventConsumer;
import io.zhaoshang.scoring.ledger.FactScoring;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the lead, project and park topics, in order per channel so each partition keeps its order.
 * Leads and projects come a poll at a time ({@code batch=true}), stored and booked in one
 * transaction: a transaction per event held ingest to a few hundred facts a second. {@link EventConsumer}
 * makes a redelivery a no-op and sends poison to {@code <topic>.dlq}, record by record.
 */
@ApplicationScoped
public class FactConsumer {

    private final EventConsumer events;
    private final FactService facts;

    FactConsumer(EventConsumer events, FactService facts) {
        this.events = events;
        this.facts = facts;
    }

    @Incoming("leads-events")
    @Blocking
    public CompletionStage<Void> fromLeads(KafkaRecordBatch<String, String> records) {
        return events.consumeAll(records, facts::record);
    }

    @Incoming("projects-events")
    @Blocking
    public CompletionStage<Void> fromProjects(KafkaRecordBatch<String, String> records) {
        return events.consumeAll(records, facts::record);
    }

    /**
     * Of the park topic only the parks themselves become facts: their leading industries weigh the
     * results in them (LEADING_INDUSTRY). Land, carriers and zones are none of scoring's business.
     */
    @Incoming("parks-events")
    @Blocking
    public void fromParks(ConsumerRecord<String, String> record) {
        events.consume(record, event -> {
            if (FactScoring.PARK_EVENTS.contains(event.type())) {
                facts.record(event);
            }
        });
    }
}
