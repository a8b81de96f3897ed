package io.zhaoshang.leads.leadimport;

/** How a row of an import ended. */
public enum RowOutcome {
    /** A new lead, reported as POST /leads would. */
    CREATED,
    /** The company already had an active lead or project (撞单): the collision is recorded. */
    COLLISION,
    /** Not a lead, for the reason given. */
    REJECTED
}
