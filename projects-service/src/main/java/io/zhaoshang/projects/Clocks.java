package io.zhaoshang.projects;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The time the rules read (warnings falling due, "today" of capital arrivals): injected rather than
 * read from the system, so that tests can move it forward by days instead of waiting.
 */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
