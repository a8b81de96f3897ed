package io.zhaoshang.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhaoshang.local.LocalKeys;
import io.zhaoshang.local.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the four contracts with no token, an expired token and a token signed by
 * another key (401), and every write with a viewer's token (403): a problem document each time,
 * never data, and nothing written.
 */
@ExtendWith(RunningStack.class)
@Order(2)
class AccessTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void no_token_a_bad_token_or_the_wrong_role_gets_a_problem_and_no_data() throws Exception {
        String zone = "ACCESS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Tokens valid = RunningStack.stack().tokens();
        String expired = new Tokens(LocalKeys.loadOrCreate(RunningStack.dataDir().resolve("keys")), Duration.ofMinutes(-5))
                .issue("zone-admin-of-" + zone, zone, null, "zone-admin");
        String foreign = new Tokens(LocalKeys.loadOrCreate(Files.createTempDirectory("foreign-keys")))
                .issue("zone-admin-of-" + zone, zone, null, "zone-admin");
        String viewer = valid.issue("viewer-of-" + zone, zone, null, "viewer");
        Map<String, String> before = DatabaseSnapshot.settled(RunningStack.stack());

        int secured = 0;
        for (Operations.Operation operation : Operations.all()) {
            if (!operation.secured()) {
                continue;
            }
            secured++;
            String url = RunningStack.stack().baseUrl(operation.service())
                    + Operations.fill(operation, UUID.randomUUID().toString());
            expect(operation, url, null, 401, "no token");
            expect(operation, url, expired, 401, "expired token");
            expect(operation, url, foreign, 401, "token signed by another key");
            if (operation.isWrite()) {
                expect(operation, url, viewer, 403, "viewer");
            }
        }

        System.out.printf("access: %d requests over %d secured operations, %d failures%n", sent, secured, failures.size());
        assertThat(failures).as("%d requests over %d secured operations", sent, secured).isEmpty();
        assertThat(secured).isGreaterThan(80);
        assertThat(DatabaseSnapshot.settled(RunningStack.stack())).isEqualTo(before);
    }

    private void expect(Operations.Operation operation, String url, String token, int expected, String who) {
        // the media types the contract names, as a real client sends them: what is tested is the token
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "*/*");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        boolean json = operation.requestType().equals("application/json");
        if (operation.isWrite()) {
            request.header("Content-Type", operation.requestType()).header("If-Match", "\"0\"")
                    .header("Idempotency-Key", UUID.randomUUID().toString());
        }
        request.method(operation.method(), operation.isWrite() ? HttpRequest.BodyPublishers.ofString(json ? "{}" : "")
                : HttpRequest.BodyPublishers.noBody());
        sent++;
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode problem = type.startsWith("application/problem+json") ? Api.JSON.readTree(response.body()) : null;
            if (response.statusCode() != expected || problem == null || problem.path("status").asInt() != expected) {
                failures.add(who + ": " + operation + " answered " + response.statusCode() + " (" + type + "): "
                        + HostileInputTest.abbreviate(response.body()));
            }
        } catch (Exception e) {
            failures.add(who + ": " + operation + ": no answer: " + e);
        }
    }
}
