package io.zhaoshang.leads.lead;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a lead stands. It moves forward NEW → CONTACTED → ASSESSED → CONVERTED; any open lead can
 * go DORMANT (休眠, revived by contacting it again), LOST (流失, with a reason) or INVALID (无效).
 * CONVERTED, LOST and INVALID are final: such a lead is no longer active, so the company may be
 * reported again.
 */
@Schema(description = "Status of a lead. NEW 新线索, CONTACTED 已对接, ASSESSED 已研判, CONVERTED 已转化 (a project), "
        + "DORMANT 休眠, LOST 流失 (with a reason), INVALID 无效.")
public enum LeadStatus {
    NEW,
    CONTACTED,
    ASSESSED,
    CONVERTED,
    DORMANT,
    LOST,
    INVALID;

    private static final Map<LeadStatus, Set<LeadStatus>> NEXT = Map.of(
            NEW, EnumSet.of(CONTACTED, DORMANT, LOST, INVALID),
            CONTACTED, EnumSet.of(ASSESSED, DORMANT, LOST, INVALID),
            ASSESSED, EnumSet.of(CONVERTED, DORMANT, LOST, INVALID),
            DORMANT, EnumSet.of(CONTACTED, LOST, INVALID),
            CONVERTED, EnumSet.noneOf(LeadStatus.class),
            LOST, EnumSet.noneOf(LeadStatus.class),
            INVALID, EnumSet.noneOf(LeadStatus.class));

    /** The statuses that hold a company: a second report of the company collides with such a lead. */
    public static final Set<LeadStatus> ACTIVE = EnumSet.of(NEW, CONTACTED, ASSESSED, DORMANT);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    public boolean canBecome(LeadStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** 409 {@code invalid-status-transition} unless a lead of this status may become {@code next}. */
    public void requireCanBecome(LeadStatus next) {
        if (!canBecome(next)) {
            throw ProblemException.conflict("invalid-status-transition", this, next)
                    .with("leadStatus", this).with("allowed", NEXT.get(this));
        }
    }
}
