package io.zhaoshang.local.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a service's API deliberate: the served OpenAPI document must equal the one committed under
 * docs/api/. After an intended change, regenerate it with {@code -Dopenapi.snapshot.update=true}
 * and review the diff.
 */
public final class OpenApiSnapshot {

    private OpenApiSnapshot() {
    }

    /** The committed snapshot of a service, found from the module directory the tests run in. */
    public static Path of(String service) {
        return Path.of("..", "docs", "api", service + ".yaml").toAbsolutePath().normalize();
    }

    public static void assertMatches(String served, Path snapshot) {
        try {
            if (Boolean.getBoolean("openapi.snapshot.update")) {
                Files.createDirectories(snapshot.getParent());
                Files.writeString(snapshot, served, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(snapshot)) {
                throw new AssertionError("no OpenAPI snapshot at " + snapshot
                        + "; create it with -Dopenapi.snapshot.update=true and commit it");
            }
            String committed = Files.readString(snapshot, StandardCharsets.UTF_8);
            if (!committed.equals(served)) {
                throw new AssertionError("the served OpenAPI differs from " + snapshot + " at line "
                        + firstDifferentLine(committed, served)
                        + "; if the change is intended, regenerate with -Dopenapi.snapshot.update=true");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int firstDifferentLine(String a, String b) {
        String[] left = a.split("\n", -1);
        String[] right = b.split("\n", -1);
        int line = 0;
        while (line < left.length && line < right.length && left[line].equals(right[line])) {
            line++;
        }
        return line + 1;
    }
}
