package io.zhaoshang.leads.timer;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A timer of a lead that is running, and when it falls due; overdue once that time has passed. */
@Schema(name = "DueTimer")
public record DueTimer(ServiceTimer timer,
        @Schema(description = "When the timer fell or falls due; an overdue timer is overdue since then.") Instant dueAt) {
}
