package io.zhaoshang.scoring.fact;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fact as the API shows it. */
@Schema(name = "Fact", description = "An event of leads or projects that scoring received and keeps: occurredAt is "
        + "when it happened at the publisher (it places the fact in a period), receivedAt when scoring stored it.")
public record FactView(
        UUID id,
        @Schema(description = "CloudEvent id.") String eventId,
        @Schema(description = "CloudEvent type.", examples = "zhaoshang.project.stage-changed.v1") String type,
        @Schema(description = "CloudEvent source: the publishing service.", examples = "/zhaoshang/projects")
        String source,
        @Schema(description = "CloudEvent subject: the id of the lead or project.") String subject,
        Instant occurredAt,
        String zone,
        @Schema(implementation = Object.class, type = SchemaType.OBJECT, description = "The event's data as received.")
        JsonNode data,
        Instant receivedAt) {

    static FactView of(Fact fact) {
        return new FactView(fact.id, fact.eventId, fact.eventType, fact.source, fact.subject, fact.occurredAt,
                fact.zone, fact.data, fact.receivedAt);
    }
}
