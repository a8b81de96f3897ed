package io.zhaoshang.parks.zone;

import io.zhaoshang.platform.persistence.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import io.zhaoshang.platform.problem.ProblemException;
import java.time.ZoneId;
import java.util.Optional;

/** A development or high-tech zone (开发区/高新区): the tenant every park, lead and team belongs to. */
@Entity
@Table(name = "zone")
public class Zone extends Aggregate {

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String city;

    /** Period boundaries (weeks, months) are drawn in this time zone. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ZoneLevel level;

    static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

    /** Takes the stated name, city, level and time zone; an unknown time zone is refused. */
    void apply(ZoneRequest request) {
        String zoneId = request.timeZone() == null ? DEFAULT_TIME_ZONE : request.timeZone();
        // IANA names only: an offset such as +08:00 would not follow daylight-saving rules elsewhere
        if (!ZoneId.getAvailableZoneIds().contains(zoneId)) {
            throw ProblemException.unprocessable("invalid-time-zone", zoneId).withError("timeZone", "invalid-time-zone");
        }
        name = request.name().strip();
        city = request.city().strip();
        level = request.level();
        timeZone = zoneId;
    }

    public static Optional<Zone> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
