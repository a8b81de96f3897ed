package io.zhaoshang.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** One caller (a bearer token) of one service, JSON in and out, as an integrating system would call it. */
final class Api {

    // points and amounts compared exactly, never through a double
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    Api(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** An answer: the status, the ETag (or null) and the body as JSON (missing when empty or not JSON). */
    record Reply(String call, int status, String etag, JsonNode body) {

        String text(String pointer) {
            return body.at(pointer).asText();
        }

        /** This answer, or a failure naming the call and what came back. */
        Reply expect(int expected) {
            if (status != expected) {
                throw new StoryFailure(call + " answered " + status + ", expected " + expected + ": " + body);
            }
            return this;
        }
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply post(String path, Object body) {
        return send("POST", path, body, null);
    }

    /** A POST with {@code If-Match}, for the writes that need the version the caller saw. */
    Reply post(String path, Object body, String ifMatch) {
        return send("POST", path, body, ifMatch);
    }

    private Reply send(String method, String path, Object body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if ("POST".equals(method)) {
            // the writes of other systems retry; every POST of the story carries its own key
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(write(body)));
        String call = method + " " + path;
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(call, response.statusCode(), response.headers().firstValue("ETag").orElse(null),
                    read(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(call + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoryFailure(call + " interrupted");
        }
    }

    static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode read(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
