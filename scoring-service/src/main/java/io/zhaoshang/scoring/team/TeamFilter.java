package io.zhaoshang.scoring.team;

import io.zhaoshang.platform.web.QueryParams;
import java.util.Optional;

/** The filters of the team list. A value that is not one of the enum's is a 400 naming the accepted ones, never ignored. */
record TeamFilter(Optional<TeamKind> kind, Optional<TeamStatus> status) {

    static TeamFilter of(String kind, String status) {
        return new TeamFilter(QueryParams.enumValue(TeamKind.class, "kind", kind),
                QueryParams.enumValue(TeamStatus.class, "status", status));
    }
}
