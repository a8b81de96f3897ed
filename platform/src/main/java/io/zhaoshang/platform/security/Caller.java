package io.zhaoshang.platform.security;

import io.zhaoshang.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the bearer token: the subject (recorded on every change), the zone that
 * scopes all their data, their team and roles. What a role may do is each service's business.
 */
@RequestScoped
public class Caller {

    public static final String ZONE_CLAIM = "zone";
    public static final String TEAM_CLAIM = "team";

    private final JsonWebToken token;
    /** Set by {@link #actAs} for work the service does on its own; then the token is not read. */
    private String systemSubject;
    private String systemZone;
    /**
     * The token's zone and team claims, read once per request: smallrye-jwt's {@code getClaim}
     * throws and catches an exception inside for every claim name outside the JWT standard's, and a
     * request asks for the zone several times (3-5 % of a read's CPU, async-profiler).
     */
    private Optional<String> zoneClaim;
    private Optional<String> teamClaim;

    @Inject
    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /**
     * Makes this request's caller the service itself, acting in one zone with every role: for work
     * no person asked for over HTTP (handling an event, a scheduled job, loading seed data), so the
     * same services and rules serve it and every change still names who made it.
     */
    public void actAs(String subject, String zone) {
        this.systemSubject = subject;
        this.systemZone = zone;
    }

    /** The token's {@code sub}; 401 without a token. */
    public String subject() {
        if (systemSubject != null) {
            return systemSubject;
        }
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ProblemException(401, "unauthorized").withHeader("WWW-Authenticate", "Bearer");
        }
        return subject;
    }

    /** The zone the caller works in; 403 {@code zone-missing} for a token without one, which may reach nothing. */
    public String zone() {
        if (systemSubject != null) {
            return systemZone;
        }
        if (zoneClaim == null) {
            zoneClaim = claim(ZONE_CLAIM);
        }
        return zoneClaim.orElseThrow(() -> ProblemException.forbidden("zone-missing"));
    }

    /** The caller's team, if they belong to one. */
    public Optional<String> team() {
        if (systemSubject != null) {
            return Optional.empty();
        }
        if (teamClaim == null) {
            teamClaim = claim(TEAM_CLAIM);
        }
        return teamClaim;
    }

    public boolean hasRole(String role) {
        return systemSubject != null || token.getGroups() != null && token.getGroups().contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ZONE_ADMIN);
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        String text = value == null ? null : value instanceof JsonString json ? json.getString() : value.toString();
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
