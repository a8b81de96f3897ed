package io.zhaoshang.scoring.team;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team as the API shows it. */
@Schema(name = "Team")
public record TeamView(UUID id, String zone, String code, String name, TeamKind kind, TeamStatus status,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static TeamView of(Team team) {
        return new TeamView(team.id, team.zone, team.code, team.name, team.kind, team.status, team.version,
                team.createdAt, team.createdBy, team.updatedAt, team.updatedBy);
    }
}
