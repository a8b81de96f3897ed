package io.zhaoshang.platform.web;

import io.zhaoshang.platform.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/**
 * ETags from an aggregate's optimistic-lock version: the strong ETag {@code "<version>"} on every
 * read, checked against {@code If-Match} on every update.
 */
public final class ETags {

    private ETags() {
    }

    /** For {@code Response.ok(view).tag(ETags.of(entity.version))}. */
    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Passes when {@code If-Match} names the current version (or is {@code *}): 428
     * {@code if-match-required} when it is missing, 412 {@code precondition-failed} when stale.
     * Weak tags ({@code W/"3"}) and unquoted versions are accepted as well.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        String current = Long.toString(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String value = opaque(tag);
            if (value.equals("*") || value.equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed();
    }

    private static String opaque(String tag) {
        String value = tag.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }
}
