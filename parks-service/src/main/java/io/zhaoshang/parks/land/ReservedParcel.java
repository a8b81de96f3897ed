package io.zhaoshang.parks.land;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A parcel a reservation holds or held, as it was when the reservation was made. */
@Embeddable
@Schema(name = "ReservedParcel")
public record ReservedParcel(
        @Column(name = "parcel_id", nullable = false)
        UUID parcelId,
        @Schema(description = "Code of the parcel (地块编号).", examples = "JN-2026-G07")
        @Column(nullable = false)
        String code,
        @Schema(description = "Area of the parcel in mu (亩).", examples = "56.25")
        @Column(name = "area_mu", nullable = false, precision = 12, scale = 2)
        BigDecimal areaMu) {

    static ReservedParcel of(Parcel parcel) {
        return new ReservedParcel(parcel.id, parcel.code, parcel.areaMu);
    }
}
