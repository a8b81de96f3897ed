package io.zhaoshang.platform.web;

import io.zhaoshang.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page ended: the sort key and id of its last item, so the next page starts strictly
 * after them ({@code (key, id) > (:key, :id)}). Clients get it as an opaque base64url token and
 * must not build one; a token that does not decode is a 400 {@code invalid-cursor}.
 */
public record Cursor(String key, UUID id) {

    private static final char SEPARATOR = '|';
    private static final int UUID_LENGTH = 36;

    public Cursor {
        if (key == null || id == null) {
            throw new IllegalArgumentException("a cursor needs a key and an id");
        }
    }

    /** A cursor on any sort key; its {@code toString} is kept ({@link Instant} as ISO-8601). */
    public static Cursor of(Object key, UUID id) {
        return new Cursor(String.valueOf(key), id);
    }

    public String encode() {
        byte[] text = (id.toString() + SEPARATOR + key).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
    }

    /** The cursor of a token this API handed out; 400 {@code invalid-cursor} for anything else. */
    public static Cursor decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            if (text.length() <= UUID_LENGTH || text.charAt(UUID_LENGTH) != SEPARATOR) {
                throw invalid();
            }
            UUID id = UUID.fromString(text.substring(0, UUID_LENGTH));
            if (!id.toString().equals(text.substring(0, UUID_LENGTH))) {
                throw invalid(); // UUID.fromString is lenient about digits; ours are canonical
            }
            return new Cursor(text.substring(UUID_LENGTH + 1), id);
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            throw invalid();
        }
    }

    /** The key as the instant it was made from; 400 {@code invalid-cursor} if it is not one. */
    public Instant keyAsInstant() {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException notAnInstant) {
            throw invalid();
        }
    }

    /** The key as the number it was made from; 400 {@code invalid-cursor} if it is not one. */
    public long keyAsLong() {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException notANumber) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.badRequest("invalid-cursor");
    }
}
