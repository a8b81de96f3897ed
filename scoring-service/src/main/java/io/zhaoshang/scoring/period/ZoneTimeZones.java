package io.zhaoshang.scoring.period;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time zone a zone's periods are cut in: {@code zhaoshang.scoring.time-zone} (Asia/Shanghai)
 * unless {@code zhaoshang.scoring.zones."<zone>".time-zone} names another for that zone (a city
 * platform abroad, a test).
 */
@ApplicationScoped
public class ZoneTimeZones {

    private final Config config;
    private final ZoneId standard;

    ZoneTimeZones(Config config,
            @ConfigProperty(name = "zhaoshang.scoring.time-zone", defaultValue = "Asia/Shanghai") ZoneId standard) {
        this.config = config;
        this.standard = standard;
    }

    public ZoneId of(String zone) {
        return config.getOptionalValue("zhaoshang.scoring.zones.\"" + zone + "\".time-zone", String.class)
                .filter(id -> !id.isBlank())
                .map(ZoneId::of)
                .orElse(standard);
    }
}
