package io.zhaoshang.local;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Signs MicroProfile JWTs with the local key pair: the local stack prints them, tests send them. */
public final class Tokens {

    public static final String ISSUER = "https://zhaoshang.local";
    public static final String DEFAULT_ZONE = "JN-HTZ";
    public static final String DEFAULT_TEAM = "TEAM-A";
    public static final List<String> ROLES =
            List.of("zone-admin", "team-lead", "team-member", "park-admin", "viewer", "integration");

    private final LocalKeys keys;
    private final Duration lifetime;

    /** Tokens valid for one hour (tests). */
    public Tokens(LocalKeys keys) {
        this(keys, Duration.ofHours(1));
    }

    public Tokens(LocalKeys keys, Duration lifetime) {
        this.keys = keys;
        this.lifetime = lifetime;
    }

    /**
     * A signed token: {@code sub}/{@code upn} = subject, {@code groups} = roles, and {@code zone} and
     * {@code team} when not null (a token without a zone is how tests reach the zone-missing answer).
     */
    public String issue(String subject, String zone, String team, String... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .expiresIn(lifetime);
        if (zone != null) {
            claims.claim("zone", zone);
        }
        if (team != null) {
            claims.claim("team", team);
        }
        return claims.sign(keys.privateKey());
    }

    /** A ready token for one role: subject {@code <role>-user}, zone {@value #DEFAULT_ZONE}, team {@value #DEFAULT_TEAM} for team roles. */
    public String forRole(String role) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role " + role + ", expected one of " + ROLES);
        }
        boolean teamRole = role.equals("team-lead") || role.equals("team-member");
        return issue(role + "-user", DEFAULT_ZONE, teamRole ? DEFAULT_TEAM : null, role);
    }
}
