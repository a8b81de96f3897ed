package io.zhaoshang.parks.land;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.zhaoshang.platform.event.EventConsumer;
import io.zhaoshang.platform.event.IncomingEvent;
import io.zhaoshang.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads projects-service's topic, one record at a time so each partition keeps its order: a land
 * request is answered (reserved or rejected), a project that starts construction gets its land
 * allocated, an abandoned one gives it back. Every other type is only recorded by the inbox.
 * {@link EventConsumer} makes a redelivery a no-op and sends poison to {@code zhaoshang.projects.v1.dlq}.
 * The service acts as itself in the event's zone, through the same services as the API.
 */
@ApplicationScoped
public class LandRequestConsumer {

    static final String SUBJECT = "parks-service";

    private final EventConsumer events;
    private final Caller caller;
    private final LandReservationService reservations;

    LandRequestConsumer(EventConsumer events, Caller caller, LandReservationService reservations) {
        this.events = events;
        this.caller = caller;
        this.reservations = reservations;
    }

    @Incoming("projects-events")
    @Blocking
    public void fromProjects(ConsumerRecord<String, String> record) {
        events.consume(record, this::handle);
    }

    void handle(IncomingEvent event) {
        switch (event.type()) {
            case ProjectEvents.LAND_REQUESTED -> {
                ProjectEvents.LandRequested request = event.dataAs(ProjectEvents.LandRequested.class);
                LandRequest land = request.asLandRequest(event.id());
                caller.actAs(SUBJECT, request.zone());
                reservations.answer(land);
            }
            case ProjectEvents.STAGE_CHANGED -> {
                ProjectEvents.StageChanged change = event.dataAs(ProjectEvents.StageChanged.class);
                change.requireFields(event.id());
                caller.actAs(SUBJECT, change.zone());
                if (ProjectEvents.UNDER_CONSTRUCTION.equals(change.to())) {
                    reservations.allocateAllOf(change.projectId());
                } else if (ProjectEvents.ABANDONED.equals(change.to())) {
                    // allocated land stays: land supplied is taken back only by a separate legal process (收回)
                    reservations.releaseAllOf(change.projectId());
                }
            }
            default -> {
                // not about land: nothing to do
            }
        }
    }
}
