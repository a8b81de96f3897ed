package io.zhaoshang.platform.security;

/** The roles of the JWT {@code groups} claim, for {@code @RolesAllowed} and {@link Caller#hasRole}. */
public final class Roles {

    public static final String ZONE_ADMIN = "zone-admin";
    public static final String TEAM_LEAD = "team-lead";
    public static final String TEAM_MEMBER = "team-member";
    public static final String PARK_ADMIN = "park-admin";
    public static final String VIEWER = "viewer";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
