package io.zhaoshang.scoring.period;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A period is OPEN until it is closed; then its ranking is frozen and it never changes again. */
@Schema(description = "State of a period. OPEN 未关账, CLOSED 已关账 (ranking frozen).")
public enum PeriodStatus {
    OPEN,
    CLOSED
}
