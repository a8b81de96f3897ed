package io.zhaoshang.scoring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The time scoring decides by: which period is open, whether a period has ended and may close, when
 * a ranking froze. {@code zhaoshang.clock.offset} (default none) moves it, so that an end-to-end test
 * or a demo can close the month it has just played without waiting for the month to end. Never set
 * it in a real zone.
 */
public class Clocks {

    private static final Logger LOG = Logger.getLogger(Clocks.class);

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "zhaoshang.clock.offset", defaultValue = "PT0S") Duration offset) {
        if (offset.isZero()) {
            return Clock.systemUTC();
        }
        LOG.warnf("zhaoshang.clock.offset=%s: scoring runs %s ahead of the real time (tests and demos only)",
                offset, offset);
        return Clock.offset(Clock.systemUTC(), offset);
    }
}
