package io.zhaoshang.platform.problem;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers every failure of a REST request with a problem body, so that a client mistake is never a
 * 500 and nothing of the server (stack traces, SQL, class names) leaks. Priorities sit just above
 * Quarkus' built-in mappers for the same exceptions.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int BEFORE_BUILT_IN = Priorities.USER - 1;
    private static final String BEARER = "Bearer";

    private static final Map<Integer, String> CODES = Map.ofEntries(
            Map.entry(400, "bad-request"),
            Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "path-not-found"),
            Map.entry(405, "method-not-allowed"),
            Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"),
            Map.entry(412, "precondition-failed"),
            Map.entry(413, "payload-too-large"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(428, "if-match-required"),
            Map.entry(429, "too-many-requests"));

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return respond(e, headers, uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri, ResourceInfo resource) {
        if (e.getConstraintViolations().stream().anyMatch(ValidationProblems::isReturnValue)) {
            return internal(e, 500, headers, uri); // the service answered something invalid
        }
        return respond(ValidationProblems.from(e.getConstraintViolations(),
                resource == null ? null : resource.getResourceMethod()), headers, uri);
    }

    /** Jackson's reader lets these through unwrapped: wrong types, unknown fields and enum values. */
    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response mismatchedJson(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JacksonException json && status == 400) {
            return json(json, headers, uri); // malformed JSON, or a creator refused a value
        }
        if ((e instanceof NotFoundException || e instanceof BadRequestException) && e.getCause() != null) {
            // a query, path or header parameter that does not convert to its type
            return respond(ProblemException.badRequest("invalid-parameter"), headers, uri);
        }
        if (status >= 500) {
            return internal(e, status, headers, uri);
        }
        ProblemException problem = new ProblemException(status, CODES.getOrDefault(status, "client-error"));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            problem.withHeader(HttpHeaders.ALLOW, allow);
        }
        if (status == 401) {
            problem.withHeader(HttpHeaders.WWW_AUTHENTICATE, BEARER);
        }
        return respond(problem, headers, uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return respond(unauthorized(BEARER), headers, uri);
    }

    /** A token was sent but is invalid: bad signature, expired, wrong issuer or audience. */
    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return respond(unauthorized(BEARER + " error=\"invalid_token\""), headers, uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response authenticationIncomplete(AuthenticationCompletionException e, HttpHeaders headers, UriInfo uri) {
        return respond(unauthorized(BEARER + " error=\"invalid_token\""), headers, uri);
    }

    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(new ProblemException(403, "forbidden"), headers, uri);
    }

    /**
     * Everything else, including a known problem wrapped by a transaction (an optimistic lock or a
     * unique key failing at commit): found in the cause chain, or else a logged 500.
     */
    @ServerExceptionMapper(priority = BEFORE_BUILT_IN)
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        return known(e).map(problem -> respond(problem, headers, uri))
                .orElseGet(() -> internal(e, 500, headers, uri));
    }

    /** The client-facing problem in a chain of causes, if there is one. */
    static Optional<ProblemException> known(Throwable e) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return Optional.of(problem);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Optional.of(ProblemException.conflict("concurrent-modification"));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "23505": // unique_violation: a check the service made raced another request
                        return Optional.of(ProblemException.conflict("conflict"));
                    case "40001", "40P01": // serialization_failure, deadlock_detected
                        return Optional.of(ProblemException.conflict("concurrent-modification"));
                    default:
                        if (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")) {
                            // connection lost or the database shutting down: not the client's fault,
                            // and worth a retry once the database is back
                            return Optional.of(new ProblemException(503, "service-unavailable")
                                    .withHeader("Retry-After", "5"));
                        }
                        break;
                }
            }
        }
        return Optional.empty();
    }

    private Response json(JacksonException e, HttpHeaders headers, UriInfo uri) {
        return JsonProblems.from(e).map(problem -> respond(problem, headers, uri))
                .orElseGet(() -> internal(e, 500, headers, uri));
    }

    private static ProblemException unauthorized(String challenge) {
        return new ProblemException(401, "unauthorized").withHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }

    private Response internal(Throwable e, int status, HttpHeaders headers, UriInfo uri) {
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(e, "Request to %s failed; correlationId=%s", path(uri), correlationId);
        String code = status == 503 ? "service-unavailable" : "internal-error";
        return respond(new ProblemException(status, code).with("correlationId", correlationId), headers, uri);
    }

    private static Response respond(ProblemException problem, HttpHeaders headers, UriInfo uri) {
        if (problem.status() < 500) {
            LOG.debugf("%s %s on %s", problem.status(), problem.code(), path(uri));
        }
        String acceptLanguage = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        return Problem.response(problem, ProblemTexts.locale(acceptLanguage), path(uri));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
