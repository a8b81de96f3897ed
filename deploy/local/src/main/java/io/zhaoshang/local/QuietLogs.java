package io.zhaoshang.local;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the embedded servers' INFO chatter (thousands of lines per broker start) down to WARN when
 * logging goes through java.util.logging, i.e. JBoss LogManager in Quarkus tests. Categories that
 * already have a level keep it, and a service can still set its own in application.properties.
 */
final class QuietLogs {

    // JUL holds loggers weakly; a collected logger would forget its level
    private static final List<Logger> KEPT = new ArrayList<>();

    private QuietLogs() {
    }

    static synchronized void warnOnly(String... categories) {
        for (String category : categories) {
            Logger logger = Logger.getLogger(category);
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
                KEPT.add(logger);
            }
        }
    }
}
