package io.zhaoshang.parks.zone;

import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Registers and changes zones. A zone is the tenant of the whole suite, so a caller only ever
 * sees and changes the zone named in their token.
 */
@ApplicationScoped
public class ZoneService {

    private final Outbox outbox;
    private final Caller caller;

    ZoneService(Outbox outbox, Caller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public Zone register(ZoneRequest request) {
        if (!request.code().equals(caller.zone())) {
            throw ProblemException.forbidden("zone-not-yours", request.code());
        }
        if (Zone.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("zone-code-taken", request.code());
        }
        Zone zone = new Zone();
        zone.code = request.code();
        zone.apply(request);
        zone.changedBy(caller.subject());
        zone.persistAndFlush();
        outbox.append(ZoneEvents.AGGREGATE, zone.id, ZoneEvents.REGISTERED, ZoneEvents.ZoneData.of(zone));
        return zone;
    }

    @Transactional
    public Zone change(UUID id, String ifMatch, ZoneRequest request) {
        Zone zone = get(id);
        ETags.requireMatch(ifMatch, zone.version);
        if (!zone.code.equals(request.code())) {
            throw ProblemException.unprocessable("zone-code-immutable", zone.code).withError("code", "zone-code-immutable");
        }
        ZoneEvents.ZoneData before = ZoneEvents.ZoneData.of(zone);
        zone.apply(request);
        if (ZoneEvents.ZoneData.of(zone).equals(before)) {
            return zone; // nothing changed: no new version, no event
        }
        zone.changedBy(caller.subject());
        zone.flush(); // the event carries the new version
        outbox.append(ZoneEvents.AGGREGATE, zone.id, ZoneEvents.CHANGED, ZoneEvents.ZoneData.of(zone));
        return zone;
    }

    public Zone get(UUID id) {
        return Zone.<Zone>findByIdOptional(id)
                .filter(zone -> zone.code.equals(caller.zone()))
                .orElseThrow(() -> ProblemException.notFound("zone", id));
    }

    public Page<Zone> list(PageRequest page) {
        UUID after = page.cursor().map(Cursor::id).orElse(new UUID(0, 0));
        List<Zone> rows = Zone.<Zone>find("code = ?1 and id > ?2 order by id", caller.zone(), after)
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, zone -> Cursor.of("", zone.id));
    }
}
