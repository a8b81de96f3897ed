package io.zhaoshang.scoring.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a zone administrator states to register a team, or to change it (the code never changes). */
@Schema(name = "TeamRequest", description = "A team to register or the new state of one.")
public record TeamRequest(
        @Schema(description = "Short code of the team, unique in the zone.", examples = "GOV-1")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}") String code,
        @Schema(description = "Name of the team.", examples = "第一招商小分队")
        @NotBlank @Size(max = 100) String name,
        @NotNull TeamKind kind) {
}
