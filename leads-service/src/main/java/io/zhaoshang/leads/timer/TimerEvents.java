package io.zhaoshang.leads.timer;

import io.zhaoshang.leads.lead.Lead;
import java.time.Instant;
import java.util.UUID;

/** The events of service timers (contract: docs/events/), key = lead id. */
final class TimerEvents {

    static final String AGGREGATE = "lead";
    static final String OVERDUE = "zhaoshang.lead.timer-overdue.v1";

    private TimerEvents() {
    }

    /** A service timer of the lead fell due with nothing done: announced once per timer and due time. */
    record OverdueData(UUID leadId, String zone, UUID companyId, String code, ServiceTimer timer, Instant dueAt,
            String ownerTeam, long version) {

        static OverdueData of(Lead lead, DueTimer overdue) {
            return new OverdueData(lead.id, lead.zone, lead.companyId, lead.code, overdue.timer(), overdue.dueAt(),
                    lead.ownerTeam, lead.version);
        }
    }
}
