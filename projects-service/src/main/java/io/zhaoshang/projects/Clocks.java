package io.zhaoshang.projects;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The time every rule reads (a project's creation day, "today" of stage moves, milestone progress and
 * capital arrivals, the time of land answers, warnings falling due): injected rather than read from
 * the system, so that tests can move it forward by days instead of waiting, and the warning check
 * and the rules it judges agree on what today is.
 */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
