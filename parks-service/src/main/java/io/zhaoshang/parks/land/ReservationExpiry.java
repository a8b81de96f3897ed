package io.zhaoshang.parks.land;

import io.quarkus.scheduler.Scheduled;
import io.zhaoshang.platform.job.OncePerCluster;
import io.zhaoshang.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Gives back the land of reservations not allocated in time: each becomes EXPIRED, its parcels
 * AVAILABLE, announced by zhaoshang.land.released.v1 with reason EXPIRED. Safe with several
 * replicas: each reservation is expired in a transaction of its own under its park's lock and
 * only if it still holds land then, so a replica that comes second finds nothing to do.
 */
@ApplicationScoped
public class ReservationExpiry {

    private static final Logger LOG = Logger.getLogger(ReservationExpiry.class);
    /** Per run; more wait for the next run. */
    static final int BATCH = 200;

    private final LandReservationService reservations;
    private final Caller caller;

    ReservationExpiry(LandReservationService reservations, Caller caller) {
        this.reservations = reservations;
        this.caller = caller;
    }

    @Scheduled(identity = "land-reservation-expiry", every = "${zhaoshang.land.expiry-check:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OncePerCluster.class)
    void releaseOverdue() {
        Instant now = Instant.now();
        List<Object[]> overdue = reservations.overdue(now, BATCH);
        for (Object[] reservation : overdue) {
            UUID id = (UUID) reservation[0];
            try {
                caller.actAs(LandRequestConsumer.SUBJECT, (String) reservation[1]);
                reservations.expire(id, now);
            } catch (RuntimeException e) {
                // one failure must not keep the others held; this one is tried again next run
                LOG.warnf("could not expire land reservation %s: %s", id, e);
            }
        }
    }
}
