package io.zhaoshang.platform.event;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

/**
 * Holds the outbox relay's timer back until Reactive Messaging has wired its channels. The scheduler
 * starts ticking during start-up, and a tick that came before the wiring would create the relay
 * while its {@code outbox} emitter cannot be connected yet (SRMSG00019). Messaging wires its
 * channels in a start-up observer of library priority; this one runs after it.
 */
@Singleton
public class MessagingStarted implements Scheduled.SkipPredicate {

    private volatile boolean started;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent start) {
        started = true;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !started;
    }
}
