package io.zhaoshang.platform.web;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.Optional;

/**
 * A page asked for by {@code ?limit=} (default {@value #DEFAULT_LIMIT}, 1 to {@value #MAX_LIMIT})
 * and {@code ?cursor=}. Take both query parameters as strings and call {@link #of(String, String)},
 * so that {@code limit=abc} is a clear 400 {@code invalid-limit}.
 */
public record PageRequest(int limit, Optional<Cursor> cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("invalid-limit", MAX_LIMIT);
        }
        cursor = cursor == null ? Optional.empty() : cursor;
    }

    public static PageRequest of(String limit, String cursor) {
        return new PageRequest(parseLimit(limit),
                cursor == null || cursor.isBlank() ? Optional.empty() : Optional.of(Cursor.decode(cursor)));
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    /** Rows to fetch: one more than the limit tells whether there is a next page. */
    public int fetchSize() {
        return limit + 1;
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException notANumber) {
            throw ProblemException.badRequest("invalid-limit", MAX_LIMIT);
        }
    }
}
