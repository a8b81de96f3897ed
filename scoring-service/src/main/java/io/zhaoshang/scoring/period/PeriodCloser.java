package io.zhaoshang.scoring.period;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.zhaoshang.platform.job.OncePerCluster;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Closes the periods nobody closed by hand, {@code zhaoshang.scoring.close-grace} (default 3 days,
 * for facts of the last days to arrive) after their end. It looks at every zone that has teams,
 * back to the period in which the zone's first team registered, and closes oldest first. Safe with
 * several replicas: each closing takes the period's lock and finds it closed when another replica
 * was first.
 */
@ApplicationScoped
public class PeriodCloser {

    static final String SUBJECT = "system:period-closer";
    private static final Logger LOG = Logger.getLogger(PeriodCloser.class);

    private final Duration grace;
    private final PeriodService periods;
    private final Caller caller;
    private final ZoneTimeZones timeZones;
    private final EntityManager entityManager;
    private final Clock clock;

    PeriodCloser(@ConfigProperty(name = "zhaoshang.scoring.close-grace", defaultValue = "3d") Duration grace,
            PeriodService periods, Caller caller, ZoneTimeZones timeZones, EntityManager entityManager,
            Clock clock) {
        this.clock = clock;
        this.grace = grace;
        this.periods = periods;
        this.caller = caller;
        this.timeZones = timeZones;
        this.entityManager = entityManager;
    }

    @Scheduled(identity = "period-close", every = "${zhaoshang.scoring.close-check:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OncePerCluster.class)
    void closeDue() {
        closeDue(clock.instant());
    }

    /** Closes what is due at {@code now}; returns what this call closed, as {@code zone kind key}. */
    public List<String> closeDue(Instant now) {
        List<String> closed = new ArrayList<>();
        for (Object[] zone : zonesWithTeams()) {
            String code = (String) zone[0];
            Instant firstTeam = zone[1] instanceof Timestamp at ? at.toInstant() : (Instant) zone[1];
            for (PeriodKind kind : PeriodKind.values()) {
                for (Period period : due(code, kind, firstTeam, now)) {
                    if (close(code, period, now)) {
                        closed.add(code + " " + kind + " " + period.key());
                    }
                }
            }
        }
        return closed;
    }

    /** The periods of a kind whose grace has passed and that are open, oldest first. */
    private List<Period> due(String zone, PeriodKind kind, Instant firstTeam, Instant now) {
        ZoneId timeZone = timeZones.of(zone);
        List<Period> due = new ArrayList<>();
        Period period = Period.containing(kind, now.minus(grace), timeZone).previous();
        while (period.end().isAfter(firstTeam) && isOpen(zone, period)) {
            due.add(period);
            period = period.previous();
        }
        Collections.reverse(due);
        return due;
    }

    private boolean isOpen(String zone, Period period) {
        return QuarkusTransaction.requiringNew()
                .call(() -> PeriodState.find(zone, period.kind(), period.key()).isEmpty());
    }

    private boolean close(String zone, Period period, Instant now) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            caller.actAs(SUBJECT, zone);
            QuarkusTransaction.requiringNew().run(() -> periods.close(period, now));
            LOG.infof("closed %s %s of zone %s", period.kind(), period.key(), zone);
            return true;
        } catch (ProblemException alreadyClosed) { // another replica was first
            return false;
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> zonesWithTeams() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select zone, min(created_at) from team group by zone order by zone")
                .getResultList());
    }
}
