package io.zhaoshang.leads.pool;

import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads and sets the pool rules of a zone. */
@ApplicationScoped
public class PoolSettingsService {

    private final Caller caller;

    PoolSettingsService(Caller caller) {
        this.caller = caller;
    }

    /** The rules in force in the zone. */
    public PoolPolicy policy(String zone) {
        return PoolSettings.<PoolSettings>findByIdOptional(zone).map(PoolSettings::policy).orElse(PoolPolicy.DEFAULT);
    }

    PoolSettingsView get() {
        String zone = caller.zone();
        return PoolSettings.<PoolSettings>findByIdOptional(zone).map(PoolSettingsService::view)
                .orElseGet(() -> defaults(zone));
    }

    /**
     * Sets the rules; {@code If-Match} must name the version read (0 for the defaults). The first
     * setting stores the defaults first, so that it gets version 1 and a client holding "0" is stale.
     */
    @Transactional
    PoolSettingsView set(String ifMatch, PoolSettingsRequest request) {
        String zone = caller.zone();
        PoolSettings settings = PoolSettings.<PoolSettings>findByIdOptional(zone).orElse(null);
        ETags.requireMatch(ifMatch, settings == null ? 0 : settings.version);
        if (settings == null) {
            settings = new PoolSettings();
            settings.zone = zone;
            settings.apply(PoolPolicy.DEFAULT, caller.subject());
            settings.persistAndFlush();
        }
        if (!settings.policy().equals(request.policy())) {
            settings.apply(request.policy(), caller.subject());
            settings.flush();
        }
        return view(settings);
    }

    private static PoolSettingsView view(PoolSettings settings) {
        return new PoolSettingsView(settings.zone, settings.protectionDays, settings.maxLeadsPerTeam,
                settings.reclaimCooldownDays, settings.version, settings.updatedAt, settings.updatedBy);
    }

    private static PoolSettingsView defaults(String zone) {
        PoolPolicy policy = PoolPolicy.DEFAULT;
        return new PoolSettingsView(zone, policy.protectionDays(), policy.maxLeadsPerTeam(),
                policy.reclaimCooldownDays(), 0, null, null);
    }
}
