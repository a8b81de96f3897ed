package io.zhaoshang.leads;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The time the rules read (follow-up dates, service timers, protection renewed by a follow-up):
 * injected rather than read from the system, so that tests can move it forward by days.
 */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
