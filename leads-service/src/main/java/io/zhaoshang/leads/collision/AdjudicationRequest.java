package io.zhaoshang.leads.collision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdjudicationRequest", description = "The administration's decision on a collision (撞单裁定).")
public record AdjudicationRequest(
        @Schema(required = true) @NotNull Decision decision,
        @Schema(description = "For SHARE only: whole percent of the credit per team code, for exactly the two teams of "
                + "the collision, each 1 to 99, together 100.", examples = "{\"GOV-1\": 60, \"GOV-2\": 40}")
        Map<String, Integer> shares,
        @Schema(description = "Why, in words (裁定说明).", examples = "双方均有实质跟进，按贡献分成")
        @Size(max = 1000) String note) {
}
