package io.zhaoshang.scoring.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person to add to a team. */
@Schema(name = "MemberRequest", description = "A person to add to a team.")
public record MemberRequest(
        @Schema(description = "Subject (sub claim) of the person's tokens.", examples = "u-zhang-wei")
        @NotBlank @Size(max = 200) String subject,
        @Schema(description = "Name of the person.", examples = "张伟")
        @NotBlank @Size(max = 100) String name,
        @NotNull TeamRole role) {
}
