package io.zhaoshang.platform.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An error a client can act on, answered as an RFC 9457 problem. The code names the problem
 * (kebab-case, {@code https://zhaoshang.io/problems/<code>}); its title and detail come from the
 * message bundles ({@code <code>.title}, {@code <code>.detail} with {@code {0}} for the args) in
 * the caller's language: a service's own {@code problems.properties} first, then the platform's.
 */
public class ProblemException extends RuntimeException {

    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "code", "errors");

    private final int status;
    private final String code;
    private final Object[] args;
    private final Map<String, Object> members = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<ErrorEntry> errors = new ArrayList<>();

    public ProblemException(int status, String code, Object... args) {
        // No stack trace: this is an answer to the client, not a fault to debug.
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** 404 {@code not-found}: no {@code resource} (looked up as {@code resource.<name>} for its label) with that id. */
    public static ProblemException notFound(String resource, Object id) {
        return new ProblemException(404, "not-found", new Term("resource." + resource, resource), String.valueOf(id));
    }

    public static ProblemException badRequest(String code, Object... args) {
        return new ProblemException(400, code, args);
    }

    public static ProblemException forbidden(String code, Object... args) {
        return new ProblemException(403, code, args);
    }

    public static ProblemException conflict(String code, Object... args) {
        return new ProblemException(409, code, args);
    }

    public static ProblemException unprocessable(String code, Object... args) {
        return new ProblemException(422, code, args);
    }

    /** 412 {@code precondition-failed}: the If-Match ETag is not the current one. */
    public static ProblemException preconditionFailed() {
        return new ProblemException(412, "precondition-failed");
    }

    /** 428 {@code if-match-required}: the update needs an If-Match header. */
    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "if-match-required");
    }

    /**
     * Adds a member to the problem body, e.g. {@code existingOwner} of a collision. The members of
     * RFC 9457 and ours ({@code type}, {@code title}, {@code status}, ...) cannot be replaced: a lead's
     * status as {@code status} once hid the HTTP status a client reads there.
     */
    public ProblemException with(String member, Object value) {
        if (RESERVED.contains(member)) {
            throw new IllegalArgumentException("'" + member + "' is a member every problem has; name it after what it is");
        }
        members.put(member, value);
        return this;
    }

    /** Adds an entry to {@code errors}, its message the bundle text {@code <code>.message} (else {@code .detail}). */
    public ProblemException withError(String field, String code, Object... args) {
        errors.add(new ErrorEntry(field, code, null, args));
        return this;
    }

    /** Adds a response header, e.g. {@code Retry-After}. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** An entry whose message is already in the caller's language (or an unresolved {key} template). */
    ProblemException withResolvedError(String field, String code, String message) {
        errors.add(new ErrorEntry(field, code, message, new Object[0]));
        return this;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public Map<String, Object> members() {
        return Collections.unmodifiableMap(members);
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    List<ErrorEntry> errors() {
        return errors;
    }

    /** An argument to look up in the bundles by key, shown as the fallback when no text has it. */
    record Term(String key, String fallback) {
    }

    record ErrorEntry(String field, String code, String message, Object[] args) {
    }
}
