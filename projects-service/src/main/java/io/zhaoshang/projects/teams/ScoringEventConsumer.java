package io.zhaoshang.projects.teams;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.zhaoshang.platform.event.EventConsumer;
import io.zhaoshang.platform.event.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads zhaoshang.scoring.v1 (channel {@code scoring-events}) for the teams; {@link EventConsumer}
 * makes a redelivery a no-op and sends poison to zhaoshang.scoring.v1.dlq. Rankings and other
 * scoring types are passed over.
 */
@ApplicationScoped
public class ScoringEventConsumer {

    private final EventConsumer events;
    private final TeamDirectory teams;

    ScoringEventConsumer(EventConsumer events, TeamDirectory teams) {
        this.events = events;
        this.teams = teams;
    }

    @Incoming("scoring-events")
    @Blocking
    public void fromScoring(ConsumerRecord<String, String> record) {
        events.consume(record, this::handle);
    }

    private void handle(IncomingEvent event) {
        if (TeamDirectory.handles(event.type())) {
            teams.take(event);
        }
    }
}
