package io.zhaoshang.projects.leads;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.zhaoshang.platform.event.EventConsumer;
import io.zhaoshang.platform.event.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads zhaoshang.leads.v1 (channel {@code leads-events}) for converted leads, which become projects;
 * the other lead types are passed over. A poll at a time ({@code batch=true}), in one transaction: a
 * transaction per event held projects to about 85 conversions a second. {@link EventConsumer} makes a
 * redelivery a no-op and sends poison to zhaoshang.leads.v1.dlq, record by record.
 */
@ApplicationScoped
public class LeadsEventConsumer {

    private final EventConsumer events;
    private final LeadConversions conversions;

    LeadsEventConsumer(EventConsumer events, LeadConversions conversions) {
        this.events = events;
        this.conversions = conversions;
    }

    @Incoming("leads-events")
    @Blocking
    public CompletionStage<Void> fromLeads(KafkaRecordBatch<String, String> records) {
        return events.consumeAll(records, this::handle);
    }

    private void handle(IncomingEvent event) {
        if (LeadConversions.CONVERTED.equals(event.type())) {
            conversions.take(event);
        }
    }
}
