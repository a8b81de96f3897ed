package io.zhaoshang.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhaoshang.local.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-client write limit as deployed (defaults: bursts of 500 writes, 50 a second after): a
 * client writing far faster gets 429 problems with Retry-After, while another client goes on.
 */
@ExtendWith(RunningStack.class)
@Order(2)
class RateLimitTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void a_client_writing_too_fast_is_told_to_wait_and_others_are_not() throws Exception {
        String zone = "RATE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Tokens tokens = RunningStack.stack().tokens();
        String runaway = tokens.issue("runaway-of-" + zone, zone, null, "zone-admin");
        String other = tokens.issue("other-of-" + zone, zone, null, "zone-admin");

        // cheap writes that change nothing (a body that is not JSON), as fast as one connection goes
        HttpResponse<String> limited = null;
        int accepted = 0;
        for (int i = 0; i < 2000 && limited == null; i++) {
            HttpResponse<String> response = write(runaway);
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(400);
                accepted++;
            }
        }

        assertThat(limited).as("no 429 after 2,000 writes").isNotNull();
        assertThat(accepted).isGreaterThanOrEqualTo(500); // the burst at least
        assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Api.JSON.readTree(limited.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("code").asText()).isEqualTo("too-many-writes");
        assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1L, 60L));
        assertThat(write(other).statusCode()).isEqualTo(400);
    }

    private static HttpResponse<String> write(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningStack.services().parks() + "/api/v1/zones"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{")).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
