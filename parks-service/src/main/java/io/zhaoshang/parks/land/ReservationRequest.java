package io.zhaoshang.parks.land;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Land a park administrator reserves for a project by hand: the parcels named, or the best fit of the park. */
@Schema(name = "ReservationRequest", description = "Land to reserve for a project in a park of the caller's zone: "
        + "the parcels named in parcelIds, or else the best fit the pool offers.")
public record ReservationRequest(
        @Schema(description = "The project (projects-service) the land is reserved for.")
        @NotNull UUID projectId,
        @Schema(description = "The park to take the land from: a PLANNED or ACTIVE park of the caller's zone.")
        @NotNull UUID parkId,
        @Schema(description = "Area needed in mu (亩): more than 0, at most 2 decimals.", examples = "50")
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal areaMu,
        @NotNull LandUse landUse,
        @Schema(description = "The parcels to reserve, when the administrator chooses them: each an AVAILABLE parcel "
                + "of the park with that land use, together at least areaMu; a parcel listed twice counts once. "
                + "Absent: the pool picks one parcel, or else several, with the least surplus.")
        @Size(min = 1, max = 20) List<@NotNull UUID> parcelIds) {

    LandRequest asLandRequest() {
        return new LandRequest(projectId, parkId, areaMu, landUse, null);
    }
}
