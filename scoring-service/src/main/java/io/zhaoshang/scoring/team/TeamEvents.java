package io.zhaoshang.scoring.team;

import java.util.List;
import java.util.UUID;

/** The events a team publishes (contract: docs/events/). */
final class TeamEvents {

    static final String AGGREGATE = "team";
    static final String REGISTERED = "zhaoshang.team.registered.v1";
    static final String CHANGED = "zhaoshang.team.changed.v1";

    private TeamEvents() {
    }

    /**
     * The data of both events: the team as leads and projects keep it in their read models, with
     * its members (added in a compatible way: a consumer that does not know the field ignores it).
     */
    record TeamData(UUID teamId, String zone, String code, String name, TeamKind kind, TeamStatus status,
            long version, List<MemberData> members) {

        static TeamData of(Team team) {
            return new TeamData(team.id, team.zone, team.code, team.name, team.kind, team.status, team.version,
                    team.members.stream().map(MemberData::of).toList());
        }
    }

    record MemberData(String subject, String name, TeamRole role) {

        static MemberData of(TeamMember member) {
            return new MemberData(member.subject, member.name, member.role);
        }
    }
}
