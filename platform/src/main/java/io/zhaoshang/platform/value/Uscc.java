package io.zhaoshang.platform.value;

import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters whose last one
 * is a check character over the first 17. It identifies a company across registries, so a lead is
 * matched to a company by it.
 */
public final class Uscc {

    /** The 31 characters a code may use: digits and capitals without I, O, S, V and Z. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    private Uscc() {
    }

    /** Upper-cases and trims, since people type codes in lower case and paste them with spaces. */
    public static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the code (after {@link #normalize}) has the right length, alphabet and check character. */
    public static boolean isValid(String code) {
        String normalized = normalize(code);
        if (normalized == null || normalized.length() != LENGTH) {
            return false;
        }
        String body = normalized.substring(0, LENGTH - 1);
        return isInAlphabet(body) && checkCharacter(body) == normalized.charAt(LENGTH - 1);
    }

    /**
     * The check character for the first 17 characters of a code.
     *
     * @throws IllegalArgumentException if they are not 17 characters of the code alphabet
     */
    public static char checkCharacter(String first17) {
        String body = normalize(first17);
        if (body == null || body.length() != LENGTH - 1 || !isInAlphabet(body)) {
            throw new IllegalArgumentException("expected 17 characters of " + ALPHABET);
        }
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static boolean isInAlphabet(String s) {
        return s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
