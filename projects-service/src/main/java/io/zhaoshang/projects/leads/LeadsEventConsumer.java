package io.zhaoshang.projects.leads;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.zhaoshang.platform.event.EventConsumer;
import io.zhaoshang.platform.event.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads zhaoshang.leads.v1 (channel {@code leads-events}) for converted leads, which become projects;
 * {@link EventConsumer} makes a redelivery a no-op and sends poison to zhaoshang.leads.v1.dlq. The
 * other lead types are passed over.
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
    public void fromLeads(ConsumerRecord<String, String> record) {
        events.consume(record, this::handle);
    }

    private void handle(IncomingEvent event) {
        if (LeadConversions.CONVERTED.equals(event.type())) {
            conversions.take(event);
        }
    }
}
