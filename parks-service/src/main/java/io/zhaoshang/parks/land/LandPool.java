package io.zhaoshang.parks.land;

import io.zhaoshang.parks.park.Park;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/**
 * The one lock of the land pool: the park's row. Every reservation, allocation and release, and
 * every change of a parcel, takes the row lock of the park first and reads the parcels after it,
 * so what happens to one park's land is decided one step after the other (and no two reservations
 * can take one parcel). A park merge takes the merged park's lock before it moves the parcels.
 */
final class LandPool {

    private LandPool() {
    }

    /** The park, locked for this transaction, if it is one of the zone's. */
    static Optional<Park> lockPark(String zone, UUID parkId) {
        return lockPark(parkId).filter(park -> park.zone.equals(zone));
    }

    /** Locks the park's row for this transaction, whichever its zone (the caller checked that). */
    static Optional<Park> lockPark(UUID parkId) {
        return Park.findByIdOptional(parkId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The PLANNED or ACTIVE park of the zone, locked: 422 unknown-park or park-not-open at
     * {@code field} otherwise.
     */
    static Park lockOpenPark(String zone, UUID parkId, String field) {
        lockPark(zone, parkId);
        return Park.requireOpen(zone, parkId, field); // reads the park just locked
    }
}
