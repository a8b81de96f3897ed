package io.zhaoshang.projects.parks;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.zhaoshang.platform.event.EventConsumer;
import io.zhaoshang.platform.event.IncomingEvent;
import io.zhaoshang.projects.land.LandAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads zhaoshang.parks.v1 (channel {@code parks-events}) one record at a time, so catalog versions
 * and a reservation's steps are taken in the order parks published them. {@link EventConsumer}
 * makes a redelivery a no-op and sends poison to zhaoshang.parks.v1.dlq. Projects keeps the catalog,
 * the parks and parks' answers about land; zones, carriers and spaces are passed over.
 */
@ApplicationScoped
public class ParksEventConsumer {

    private final EventConsumer events;
    private final IndustryCatalogService catalog;
    private final ParkDirectory parks;
    private final LandAnswers land;

    ParksEventConsumer(EventConsumer events, IndustryCatalogService catalog, ParkDirectory parks, LandAnswers land) {
        this.events = events;
        this.catalog = catalog;
        this.parks = parks;
        this.land = land;
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
        } else if (LandAnswers.handles(event.type())) {
            land.take(event);
        }
    }
}
