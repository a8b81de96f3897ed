package io.zhaoshang.leads.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The events of follow-ups (contract: docs/events/), key = follow-up id. */
final class FollowUpEvents {

    static final String AGGREGATE = "follow-up";
    static final String LOGGED = "zhaoshang.follow-up.logged.v1";

    private FollowUpEvents() {
    }

    /** A follow-up was logged; scoring pays the team by its kind. */
    record LoggedData(UUID followUpId, String zone, FollowUpKind kind, List<UUID> leadIds, String team,
            LocalDate date, int participants, String loggedBy, Instant loggedAt, long version) {

        static LoggedData of(FollowUp followUp) {
            return new LoggedData(followUp.id, followUp.zone, followUp.kind, List.copyOf(followUp.leadIds),
                    followUp.team, followUp.date, followUp.participants.size(), followUp.createdBy,
                    followUp.createdAt, followUp.version);
        }
    }
}
