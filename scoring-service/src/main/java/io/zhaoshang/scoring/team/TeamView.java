package io.zhaoshang.scoring.team;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team as the API shows it. */
@Schema(name = "Team")
public record TeamView(UUID id, String zone, String code, String name, TeamKind kind, TeamStatus status,
        @Schema(description = "The people of the team, by subject.") List<Member> members,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static TeamView of(Team team) {
        return new TeamView(team.id, team.zone, team.code, team.name, team.kind, team.status,
                team.members.stream().map(Member::of).toList(), team.version,
                team.createdAt, team.createdBy, team.updatedAt, team.updatedBy);
    }

    /** A member of the team as the API shows it. */
    @Schema(name = "TeamMember")
    public record Member(
            @Schema(description = "Subject (sub claim) of the person's tokens.") String subject,
            String name,
            TeamRole role) {

        static Member of(TeamMember member) {
            return new Member(member.subject, member.name, member.role);
        }
    }
}
