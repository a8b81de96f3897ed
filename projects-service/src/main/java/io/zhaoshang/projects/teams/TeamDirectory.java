package io.zhaoshang.projects.teams;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.platform.event.IncomingEvent;
import io.zhaoshang.platform.event.PoisonEventException;
import io.zhaoshang.platform.persistence.InList;
import io.zhaoshang.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The teams of each zone, from scoring-service's team events: a project's owner team and the teams
 * sharing its credit are known teams of its zone. The newest version of a team wins.
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

    /**
     * 422 {@code unknown-team} naming every code of {@code codes} that scoring has not announced as a
     * team of the zone, each at {@code field} (with the code as key: {@code teamShares.TEAM-X}).
     */
    public void requireKnown(String zone, String field, Collection<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        Parameters parameters = Parameters.with("zone", zone);
        Set<String> known = new HashSet<>(Team.<Team>list("zone = :zone and code in " + InList.of("code", codes,
                parameters::and), parameters).stream().map(team -> team.code).toList());
        List<String> unknown = codes.stream().filter(code -> !known.contains(code)).distinct().sorted().toList();
        if (unknown.isEmpty()) {
            return;
        }
        ProblemException problem = ProblemException.unprocessable("unknown-team", String.join(", ", unknown));
        unknown.forEach(code -> problem.withError(field.replace("{code}", code), "unknown-team", code));
        throw problem;
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

    record TeamData(UUID teamId, String zone, String code, String name, String kind, String status, Long version) {
    }
}
