package io.zhaoshang.parks.land;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a park or zone administrator states to register a parcel of their zone, or to change it (the code never changes). */
@Schema(name = "ParcelRequest", description = "A parcel to register in the land pool of a park of the caller's zone, "
        + "or the new state of one.")
public record ParcelRequest(
        @Schema(description = "Short code of the parcel (地块编号), unique in the zone.", examples = "JN-2026-G07")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}") String code,
        @Schema(description = "Name of the parcel, if it has one.", examples = "海川路北侧工业地块")
        @Size(max = 100) String name,
        @Schema(description = "The park the parcel lies in: a PLANNED or ACTIVE park of the caller's zone.")
        @NotNull UUID parkId,
        @Schema(description = "Area in mu (亩, 666.67 m²): more than 0, at most 2 decimals.", examples = "56.25")
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal areaMu,
        @NotNull LandUse landUse,
        @Schema(description = "RESERVE or AVAILABLE. When registering, absent means RESERVE: land enters the pool as "
                + "pre-acquired and is offered only when someone says so. When changing, absent keeps the status.")
        SettableParcelStatus status,
        @Schema(description = "Where the parcel lies (四至), in words.", examples = "海川路以北、崇文大道以东")
        @Size(max = 200) String location) {
}
