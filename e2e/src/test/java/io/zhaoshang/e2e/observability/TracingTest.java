package io.zhaoshang.e2e.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhaoshang.e2e.RunningStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One trace from an HTTP request across Kafka into the consumers, as the OpenTelemetry agent exports it
 * (the stack runs the services with the agent, spans written to their logs): parks creates a zone for a
 * caller who sends a {@code traceparent}; leads and projects consume the zone's event.
 */
@ExtendWith(RunningStack.class)
@Order(4)
class TracingTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration EXPORT_WAIT = Duration.ofSeconds(90);

    @Test
    void the_callers_trace_runs_through_the_request_the_kafka_producer_and_the_consumers_and_their_logs()
            throws Exception {
        String traceId = hex(16);
        String callerSpanId = hex(8);
        String zone = "OT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String token = RunningStack.stack().tokens().issue("zone-admin-of-" + zone, zone, null, "zone-admin");
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningStack.stack().baseUrl("parks") + "/api/v1/zones"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"code": "%s", "name": "追踪测试开发区", "city": "济宁市", "level": "NATIONAL"}""".formatted(zone)))
                .build();
        // HTTP/1.1 as the Ingress speaks it to the pods: the JDK client's default, an upgrade to HTTP/2 over plain
        // TCP (h2c), leaves the agent's server span unfinished, so it is never exported
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

        // the request's server span, child of the caller's span, and the relay's producer span in parks
        List<ServiceLog.Span> parks = awaitSpans("parks", traceId, spans -> spans.stream().anyMatch(s -> s.kind().equals("SERVER"))
                && spans.stream().anyMatch(s -> s.kind().equals("PRODUCER")));
        assertThat(parks).filteredOn(s -> s.kind().equals("SERVER"))
                .anySatisfy(server -> {
                    assertThat(server.parentSpanId()).isEqualTo(callerSpanId);
                    assertThat(server.name()).contains("POST");
                });
        assertThat(parks).filteredOn(s -> s.kind().equals("PRODUCER"))
                .allSatisfy(producer -> assertThat(producer.name()).contains("zhaoshang.parks.v1"));

        // the consumers continue it: the platform's processing span, whose parent is parks' producer span, and
        // the handling's SQL under it (the inbox row)
        for (String consumer : List.of("leads", "projects")) {
            List<ServiceLog.Span> spans = awaitSpans(consumer, traceId, found -> found.stream().anyMatch(this::handling)
                    && found.stream().anyMatch(s -> s.kind().equals("CLIENT") && s.name().contains("inbox_event")));
            ServiceLog.Span handling = spans.stream().filter(this::handling).findFirst().orElseThrow();
            assertThat(handling.service()).isEqualTo(consumer + "-service");
            assertThat(handling.name()).isEqualTo("zhaoshang.parks.v1 process");
            assertThat(parks).filteredOn(s -> s.spanId().equals(handling.parentSpanId()))
                    .extracting(ServiceLog.Span::kind).containsExactly("PRODUCER");
        }

        // and a JSON log line of the consumer's work names the trace (the agent puts it in the MDC)
        assertThat(ServiceLog.read("projects").linesOfTrace(traceId))
                .anySatisfy(line -> {
                    assertThat(line.path("message").asText()).startsWith("handled zhaoshang.zone.");
                    assertThat(line.path("mdc").path("span_id").asText()).hasSize(16);
                });
    }

    private boolean handling(ServiceLog.Span span) {
        return span.kind().equals("CONSUMER") && span.scope().equals("io.zhaoshang.platform");
    }

    /** The spans of the trace a service has exported, once they include what the test waits for. */
    private static List<ServiceLog.Span> awaitSpans(String service, String traceId,
            Predicate<List<ServiceLog.Span>> complete) throws InterruptedException {
        Instant deadline = Instant.now().plus(EXPORT_WAIT);
        while (true) {
            List<ServiceLog.Span> spans = ServiceLog.read(service).spansOfTrace(traceId);
            if (complete.test(spans)) {
                return spans;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(service + " exported no complete trace " + traceId + " within "
                        + EXPORT_WAIT.toSeconds() + " s; its spans of the trace: " + spans);
            }
            Thread.sleep(250);
        }
    }

    private static String hex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
