package io.zhaoshang.e2e.observability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhaoshang.e2e.RunningStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service's log as the stack writes it (prod profile: one JSON object per line), and the spans the
 * OpenTelemetry agent's {@code logging-otlp} exporter writes into it (a ResourceSpans as OTLP JSON a line).
 */
record ServiceLog(String service, List<JsonNode> lines) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPORTER = "OtlpJsonLoggingSpanExporter - ";

    /** One exported span: its service, instrumentation scope, ids, name and kind (SERVER, PRODUCER, CONSUMER, ...). */
    record Span(String service, String scope, String traceId, String spanId, String parentSpanId, String name,
            String kind) {
    }

    static ServiceLog read(String service) {
        List<JsonNode> lines = new ArrayList<>();
        try {
            String text = new String(Files.readAllBytes(RunningStack.dataDir().resolve("logs/" + service + ".log")),
                    StandardCharsets.UTF_8);
            // the agent writes each exported ResourceSpans as OTLP JSON after its logger's prefix; a line cut
            // by another writer's output in the same file is no JSON and is passed over
            text.lines().map(line -> line.contains(EXPORTER) ? line.substring(line.indexOf(EXPORTER) + EXPORTER.length()) : line)
                    .map(ServiceLog::json).flatMap(Optional::stream).forEach(lines::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceLog(service, lines);
    }

    /** The log lines (not spans) whose MDC names this trace. */
    List<JsonNode> linesOfTrace(String traceId) {
        return lines.stream().filter(line -> traceId.equals(line.path("mdc").path("trace_id").asText())).toList();
    }

    List<Span> spansOfTrace(String traceId) {
        return spans().stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    List<Span> spans() {
        List<Span> spans = new ArrayList<>();
        for (JsonNode resourceSpans : lines) {
            String serviceName = "";
            for (JsonNode attribute : resourceSpans.path("resource").path("attributes")) {
                if (attribute.path("key").asText().equals("service.name")) {
                    serviceName = attribute.path("value").path("stringValue").asText();
                }
            }
            for (JsonNode scope : resourceSpans.path("scopeSpans")) { // none in the lines that are log records
                for (JsonNode span : scope.path("spans")) {
                    spans.add(new Span(serviceName, scope.path("scope").path("name").asText(), span.path("traceId").asText(), span.path("spanId").asText(),
                            span.path("parentSpanId").asText(), span.path("name").asText(), kind(span.path("kind"))));
                }
            }
        }
        return spans;
    }

    /** OTLP JSON gives the kind as the protobuf enum's number (or, in some encoders, its name). */
    private static String kind(JsonNode kind) {
        if (kind.isTextual()) {
            return kind.asText().replace("SPAN_KIND_", "");
        }
        return switch (kind.asInt()) {
            case 1 -> "INTERNAL";
            case 2 -> "SERVER";
            case 3 -> "CLIENT";
            case 4 -> "PRODUCER";
            case 5 -> "CONSUMER";
            default -> "UNSPECIFIED";
        };
    }

    private static Optional<JsonNode> json(String text) {
        if (!text.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(text));
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }
}
