package io.zhaoshang.leads.teams;

import io.zhaoshang.platform.event.IncomingEvent;
import io.zhaoshang.platform.event.PoisonEventException;
import io.zhaoshang.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The teams of each zone, from scoring-service's team events: a lead is owned by a known team of
 * its zone. The newest version of a team wins; an older one arriving late changes nothing.
 */
@ApplicationScoped
public class TeamDirectory {

    static final String REGISTERED = "zhaoshang.team.registered.v1";
    static final String CHANGED = "zhaoshang.team.changed.v1";

    private static final String TAKE_IF_NEWER = """
            insert into team (id, zone, code, name, kind, status, version)
            values (:id, :zone, :code, :name, :kind, :status, :version)
            on conflict (id) do update set name = excluded.name, kind = excluded.kind, status = excluded.status,
                version = excluded.version
            where team.version < excluded.version""";

    /** 422 {@code unknown-team} unless scoring has announced a team of this code in the zone. */
    public Team requireKnown(String zone, String code) {
        return Team.find(zone, code).orElseThrow(() -> unknown(code));
    }

    /**
     * The team, its row locked until the transaction ends: what a team holds is counted and changed
     * by one request at a time, so a cap is never overrun by two claims at once.
     */
    public Team lock(String zone, String code) {
        return Team.findLocked(zone, code).orElseThrow(() -> unknown(code));
    }

    static boolean handles(String type) {
        return REGISTERED.equals(type) || CHANGED.equals(type);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void take(IncomingEvent event) {
        TeamData data = event.dataAs(TeamData.class);
        if (data.teamId() == null || data.zone() == null || data.code() == null || data.name() == null
                || data.kind() == null || data.status() == null || data.version() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks a field of a team", null);
        }
        Team.getEntityManager().createNativeQuery(TAKE_IF_NEWER)
                .setParameter("id", data.teamId())
                .setParameter("zone", data.zone())
                .setParameter("code", data.code())
                .setParameter("name", data.name())
                .setParameter("kind", data.kind())
                .setParameter("status", data.status())
                .setParameter("version", data.version())
                .executeUpdate();
    }

    private static ProblemException unknown(String code) {
        return ProblemException.unprocessable("unknown-team", code);
    }

    record TeamData(UUID teamId, String zone, String code, String name, String kind, String status, Long version) {
    }
}
