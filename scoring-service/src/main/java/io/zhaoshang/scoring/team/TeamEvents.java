package io.zhaoshang.scoring.team;

import java.util.UUID;

/** The events a team publishes (contract: docs/events/). */
final class TeamEvents {

    static final String AGGREGATE = "team";
    static final String REGISTERED = "zhaoshang.team.registered.v1";
    static final String CHANGED = "zhaoshang.team.changed.v1";

    private TeamEvents() {
    }

    /** The data of both events: the team as leads and projects keep it in their read models. */
    record TeamData(UUID teamId, String zone, String code, String name, TeamKind kind, TeamStatus status,
            long version) {

        static TeamData of(Team team) {
            return new TeamData(team.id, team.zone, team.code, team.name, team.kind, team.status, team.version);
        }
    }
}
