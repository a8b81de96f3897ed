package io.zhaoshang.parks.land;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The statuses a request may state for a parcel. RESERVED and ALLOCATED are not among them: they
 * come from reservations, so a request naming them is a 400 invalid-enum-value listing these values.
 */
@Schema(name = "SettableParcelStatus", description = "Status a request may state: RESERVE 储备 (pre-acquired, not "
        + "offered yet), AVAILABLE 可供 (offered to projects). RESERVED and ALLOCATED come from land reservations.")
public enum SettableParcelStatus {
    RESERVE,
    AVAILABLE;

    ParcelStatus asParcelStatus() {
        return ParcelStatus.valueOf(name());
    }
}
