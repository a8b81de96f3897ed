package io.zhaoshang.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhaoshang.local.Tokens;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed requests to every operation of the four contracts — broken and wrongly typed JSON, deep
 * nesting, huge strings, unicode edge cases, SQL and script injection in every path segment, filter
 * and string field, absurd numbers, impossible dates and period keys — as a zone administrator, who
 * passes every role check, so that the input itself is what is tested. None may answer 5xx, every
 * error must be a problem document, and the databases must be exactly as before.
 */
@ExtendWith(RunningStack.class)
@Order(1) // before the story, while nothing else writes
class HostileInputTest {

    static final List<String> HOSTILE_TEXT = List.of(
            "' OR '1'='1' --",
            "'); DROP TABLE lead; --",
            "<script>alert(1)</script>",
            "../../../../etc/passwd",
            "\u0000nul",
            "😀𠜎\u202Eevil\uFEFF",
            // long, yet within the 4 KiB request line of the HTTP layer, which refuses longer lines
            // itself with a bare 414/431 before any service code (docs/reliability.md)
            "A".repeat(1000),
            "-99999999999999999999999999",
            "2026-13-45",
            "2026-W54");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void no_malformed_request_gets_a_5xx_or_a_bare_error_or_changes_anything() throws Exception {
        String zone = "HOSTILE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Tokens tokens = RunningStack.stack().tokens();
        Map<String, String> before = DatabaseSnapshot.settled(RunningStack.stack());

        int client = 0;
        for (Operations.Operation operation : Operations.all()) {
            // a client per operation: the suite tests the input, not the per-client write limit
            String admin = tokens.issue("zone-admin-" + client++ + "-of-" + zone, zone, null, "zone-admin");
            String base = RunningStack.stack().baseUrl(operation.service());
            if (!operation.pathParams().isEmpty()) {
                for (String hostile : HOSTILE_TEXT) {
                    send(operation, base + Operations.fill(operation, encode(hostile)), admin, "{}");
                }
            }
            String path = base + Operations.fill(operation, UUID.randomUUID().toString());
            for (Operations.Property query : operation.queryParams()) {
                for (String hostile : HOSTILE_TEXT) {
                    send(operation, path + "?" + query.name() + "=" + encode(hostile), admin, null);
                }
            }
            if (operation.hasBody()) {
                for (String body : hostileBodies(operation)) {
                    send(operation, path, admin, body);
                }
            }
        }

        System.out.printf("hostile input: %d malformed requests, %d failures%n", sent, failures.size());
        assertThat(failures).as("%d malformed requests", sent).isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(500);
        assertThat(DatabaseSnapshot.settled(RunningStack.stack())).isEqualTo(before);
    }

    /** Bodies that no operation may accept: each breaks the JSON, its shape or one kind of field. */
    static List<String> hostileBodies(Operations.Operation operation) {
        List<String> bodies = new ArrayList<>(List.of(
                "{",
                "[]",
                "\"just a string\"",
                "null",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(2000) + "1" + "}".repeat(2000),
                // 600 KB: above the services' 256 KiB body limit, below the HTTP layer's own 1 MiB
                "{\"name\": \"" + "长".repeat(200_000) + "\"}"));
        // every field of the wrong type at once
        Map<String, Object> wrongTypes = Operations.map();
        // every string field hostile, every number absurd, every date impossible
        Map<String, Object> absurd = Operations.map();
        for (Operations.Property property : operation.bodyProperties()) {
            switch (property.type()) {
                case "integer", "number" -> {
                    wrongTypes.put(property.name(), "'; DROP TABLE project; --");
                    absurd.put(property.name(), new java.math.BigDecimal("-1e400"));
                }
                case "boolean" -> {
                    wrongTypes.put(property.name(), "yes");
                    absurd.put(property.name(), "maybe");
                }
                case "date", "date-time" -> {
                    wrongTypes.put(property.name(), List.of("2026-01-01"));
                    absurd.put(property.name(), "2026-02-30");
                }
                case "uuid" -> {
                    wrongTypes.put(property.name(), 42);
                    absurd.put(property.name(), "' OR 1=1 --");
                }
                case "array" -> {
                    wrongTypes.put(property.name(), Map.of("not", "an array"));
                    absurd.put(property.name(), List.of(HOSTILE_TEXT.get(1), -1, Map.of()));
                }
                case "object" -> {
                    wrongTypes.put(property.name(), List.of(1, 2));
                    absurd.put(property.name(), Map.of("amount", "-1e400", "currency", "<script>"));
                }
                default -> {
                    wrongTypes.put(property.name(), List.of("x"));
                    absurd.put(property.name(), HOSTILE_TEXT.get(0) + HOSTILE_TEXT.get(2) + HOSTILE_TEXT.get(4)
                            + HOSTILE_TEXT.get(5));
                }
            }
        }
        if (!wrongTypes.isEmpty()) {
            bodies.add(Api.write(wrongTypes));
            bodies.add(Api.write(absurd));
        }
        return bodies;
    }

    private void send(Operations.Operation operation, String url, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("If-Match", "\"0\"")
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (body != null && operation.isWrite()) {
            request.header("Content-Type", "application/json");
        }
        request.method(operation.method(), body != null && operation.isWrite()
                ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
        String what = operation + " → " + abbreviate(url) + (body != null && operation.isWrite() ? " " + abbreviate(body) : "");
        sent++;
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 500) {
                failures.add(status + " " + what + ": " + abbreviate(response.body()));
            } else if (status >= 400) {
                String type = response.headers().firstValue("Content-Type").orElse("");
                JsonNode problem = type.startsWith("application/problem+json") ? Api.JSON.readTree(response.body()) : null;
                if (problem == null || problem.path("status").asInt() != status || problem.path("title").asText().isBlank()) {
                    failures.add(status + " not a problem document (" + type + ") " + what + ": " + abbreviate(response.body()));
                }
            }
        } catch (Exception e) {
            failures.add("no answer: " + what + ": " + e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + " chars)";
    }
}
