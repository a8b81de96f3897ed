package io.zhaoshang.projects.warning;

import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.web.QueryParams;
import java.util.UUID;

/** The query parameters that narrow a list of warnings; an unknown value is a 400, never ignored. */
record WarningFilter(Status status, WarningLevel level, WarningKind kind, String team, UUID park) {

    enum Status {
        OPEN,
        RESOLVED
    }

    static WarningFilter of(String status, String level, String kind, String team, String park) {
        return new WarningFilter(QueryParams.enumValue(Status.class, "status", status).orElse(null),
                QueryParams.enumValue(WarningLevel.class, "level", level).orElse(null),
                QueryParams.enumValue(WarningKind.class, "kind", kind).orElse(null),
                team == null || team.isBlank() ? null : team.strip(), uuid(park));
    }

    private static UUID uuid(String park) {
        if (park == null || park.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(park.strip());
        } catch (IllegalArgumentException notAUuid) {
            throw ProblemException.badRequest("invalid-park-filter", park)
                    .withError("park", "invalid-park-filter", park);
        }
    }
}
