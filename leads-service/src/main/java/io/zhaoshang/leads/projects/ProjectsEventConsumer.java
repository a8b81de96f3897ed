package io.zhaoshang.leads.projects;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.zhaoshang.platform.event.EventConsumer;
import io.zhaoshang.platform.event.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads zhaoshang.projects.v1 (channel {@code projects-events}); {@link EventConsumer} makes a
 * redelivery a no-op and sends poison to zhaoshang.projects.v1.dlq. Leads takes created projects
 * and their stage changes; other project types are passed over.
 */
@ApplicationScoped
public class ProjectsEventConsumer {

    private final EventConsumer events;
    private final ProjectDirectory projects;

    ProjectsEventConsumer(EventConsumer events, ProjectDirectory projects) {
        this.events = events;
        this.projects = projects;
    }

    @Incoming("projects-events")
    @Blocking
    public void fromProjects(ConsumerRecord<String, String> record) {
        events.consume(record, this::handle);
    }

    private void handle(IncomingEvent event) {
        if (ProjectDirectory.handles(event.type())) {
            projects.take(event);
        }
    }
}
