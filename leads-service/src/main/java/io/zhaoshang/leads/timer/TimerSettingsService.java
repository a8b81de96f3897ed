package io.zhaoshang.leads.timer;

import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads and sets the service timers of a zone, as the pool settings are read and set. */
@ApplicationScoped
public class TimerSettingsService {

    private final Caller caller;

    TimerSettingsService(Caller caller) {
        this.caller = caller;
    }

    /** The timers in force in the zone. */
    public ServiceTimers timers(String zone) {
        return TimerSettings.<TimerSettings>findByIdOptional(zone).map(TimerSettings::timers)
                .orElse(ServiceTimers.DEFAULT);
    }

    TimerSettingsView get() {
        String zone = caller.zone();
        return TimerSettings.<TimerSettings>findByIdOptional(zone).map(TimerSettingsService::view)
                .orElseGet(() -> TimerSettingsView.of(zone, ServiceTimers.DEFAULT, 0, null, null));
    }

    /** Sets the timers; {@code If-Match} names the version read (0 for the defaults, stored first so they become 1). */
    @Transactional
    TimerSettingsView set(String ifMatch, TimerSettingsRequest request) {
        String zone = caller.zone();
        TimerSettings settings = TimerSettings.<TimerSettings>findByIdOptional(zone).orElse(null);
        ETags.requireMatch(ifMatch, settings == null ? 0 : settings.version);
        if (settings == null) {
            settings = new TimerSettings();
            settings.zone = zone;
            settings.apply(ServiceTimers.DEFAULT, caller.subject());
            settings.persistAndFlush();
        }
        if (!settings.timers().equals(request.timers())) {
            settings.apply(request.timers(), caller.subject());
            settings.flush();
        }
        return view(settings);
    }

    private static TimerSettingsView view(TimerSettings settings) {
        return TimerSettingsView.of(settings.zone, settings.timers(), settings.version, settings.updatedAt,
                settings.updatedBy);
    }
}
