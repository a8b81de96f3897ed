package io.zhaoshang.platform.event;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * W3C trace context ({@code traceparent}) carried from the HTTP request that caused a change to the
 * events it produced. Written by hand because the Quarkus OpenTelemetry extension of the pinned
 * platform is not published; with the OpenTelemetry Java agent attached, {@link TraceContext} takes the
 * current span's context instead (see {@link Tracing}), and this is the fallback without the agent.
 */
public final class Traceparent {

    private static final Pattern VALID = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Traceparent() {
    }

    /** The caller's trace context when it sent a valid one, else a new trace. */
    public static String continueOrStart(String incoming) {
        if (isValid(incoming)) {
            String[] parts = incoming.trim().split("-");
            return "00-" + parts[1] + "-" + randomHex(8) + "-" + parts[3];
        }
        return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
    }

    /** Whether a traceparent is well-formed (version 00, lower-case hex ids). */
    public static boolean isValid(String traceparent) {
        return traceparent != null && VALID.matcher(traceparent.trim()).matches();
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
