package io.zhaoshang.scoring.rulebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of the rulebook as the API shows it. */
@Schema(name = "Rulebook", description = "One version of the zone's rulebook (考核办法).")
public record RulebookView(
        UUID id,
        String zone,
        @Schema(description = "Version number in the zone: 1, 2, 3...", examples = "2") int version,
        @Schema(examples = "招商队伍竞争性考核办法（2026 年修订）") String title,
        @Schema(description = "First day (in the zone) whose facts this version scores.") LocalDate effectiveFrom,
        @Schema(implementation = Object.class, type = SchemaType.OBJECT,
                description = "The document as posted: title, effectiveFrom, notes and rules (docs/scoring/rulebook.schema.json).")
        JsonNode document,
        Instant createdAt,
        @Schema(description = "Subject of the administrator; system:default-rulebook for the default of a new zone.")
        String createdBy) {

    static RulebookView of(Rulebook rulebook) {
        return new RulebookView(rulebook.id, rulebook.zone, rulebook.version, rulebook.title, rulebook.effectiveFrom,
                rulebook.document, rulebook.createdAt, rulebook.createdBy);
    }
}
