package io.zhaoshang.parks.park;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The park of the same zone a park is merged into. */
@Schema(name = "ParkMergeRequest", description = "The park to merge this one into: an open park (PLANNED or ACTIVE) "
        + "of the same zone, outside the merged park's own subtree.")
public record MergeRequest(@NotNull UUID intoParkId) {
}
