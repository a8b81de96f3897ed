package io.zhaoshang.leads.parks;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.zhaoshang.platform.event.EventConsumer;
import io.zhaoshang.platform.event.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads zhaoshang.parks.v1 (channel {@code parks-events}), one record at a time so the catalog's
 * versions are taken in the order parks published them. {@link EventConsumer} makes a redelivery a
 * no-op and sends poison to zhaoshang.parks.v1.dlq. Leads keeps the catalog and the parks (target
 * parks of leads); types it has no use for (zones, carriers, land) are passed over.
 */
@ApplicationScoped
public class ParksEventConsumer {

    private final EventConsumer events;
    private final IndustryCatalogService catalog;
    private final ParkDirectory parks;

    ParksEventConsumer(EventConsumer events, IndustryCatalogService catalog, ParkDirectory parks) {
        this.events = events;
        this.catalog = catalog;
        this.parks = parks;
    }

    @Incoming("parks-events")
    @Blocking
    public void fromParks(ConsumerRecord<String, String> record) {
        events.consume(record, this::handle);
    }

    private void handle(IncomingEvent event) {
        if (IndustryCatalogService.PUBLISHED.equals(event.type())) {
            catalog.published(event);
        } else if (ParkDirectory.handles(event.type())) {
            parks.take(event);
        }
    }
}
