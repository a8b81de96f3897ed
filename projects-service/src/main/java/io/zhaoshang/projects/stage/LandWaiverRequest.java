package io.zhaoshang.projects.stage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why construction may start although parks has not reserved the land (e.g. the company's own land). */
@Schema(name = "LandWaiver", description = "Lets a project with a land need enter UNDER_CONSTRUCTION without land "
        + "reserved by parks; recorded with who waived it.")
public record LandWaiverRequest(
        @Schema(description = "Why no reserved land is needed.", examples = "利用企业自有存量用地建设")
        @NotBlank @Size(max = 500) String reason) {
}
