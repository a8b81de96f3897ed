package io.zhaoshang.e2e.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhaoshang.local.Tokens;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Writes driven by several client threads, as integrating systems would send them: each write has its
 * own {@code Idempotency-Key} and is sent again with that key while there is no answer, a 5xx or a
 * 429 (the service down, PostgreSQL down, the write limit), so a write whose answer was lost is
 * never done twice. Every attempt is recorded with its time, for "no 5xx after recovery".
 */
final class Load {

    static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1: one request per connection at a time, as the hostile suite also talks to the services
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration GIVE_UP = Duration.ofMinutes(20);

    /** One write: where it goes, its body, and the points scoring must book for it (zero for most). */
    record Write(String kind, String service, String path, Object body, BigDecimal points) {
    }

    /** One try of a write: when (nanoTime), and the status, or -1 when no answer came (connection refused, reset). */
    record Attempt(long at, int status) {
    }

    /** The last answer of a write (-1: none before giving up), its body, and every attempt. */
    record Outcome(Write write, int status, JsonNode body, List<Attempt> attempts) {
        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    private final List<Write> writes;
    private final Function<String, String> urlOf;
    private final Tokens tokens;
    private final String zone;
    private final int threads;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private long startedAt;
    private long endedAt;

    Load(List<Write> writes, Function<String, String> urlOf, Tokens tokens, String zone, int threads) {
        this.writes = writes;
        this.urlOf = urlOf;
        this.tokens = tokens;
        this.zone = zone;
        this.threads = threads;
    }

    Load start() {
        startedAt = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            // a token of its own per client thread: the write limit is per client, as for separate systems
            String token = tokens.issue("fault-drill-writer-" + t + "-of-" + zone, zone, null, "zone-admin", "park-admin");
            Thread worker = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < writes.size()) {
                    outcomes.add(send(writes.get(i), token));
                    done.incrementAndGet();
                }
            }, "fault-drill-writer-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        return this;
    }

    int done() {
        return done.get();
    }

    /** Waits until every write has its last answer. */
    List<Outcome> await() throws InterruptedException {
        for (Thread worker : workers) {
            worker.join();
        }
        endedAt = System.nanoTime();
        return List.copyOf(outcomes);
    }

    Duration took() {
        return Duration.ofNanos(endedAt - startedAt);
    }

    private Outcome send(Write write, String token) {
        String key = UUID.randomUUID().toString();
        List<Attempt> attempts = new ArrayList<>();
        long giveUpAt = System.nanoTime() + GIVE_UP.toNanos();
        while (true) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(urlOf.apply(write.service()) + write.path()))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(json(write.body())))
                    .build();
            long wait = 500;
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                attempts.add(new Attempt(System.nanoTime(), status));
                boolean again = status >= 500 || status == 429;
                if (!again || System.nanoTime() > giveUpAt) {
                    return new Outcome(write, status, read(response.body()), Collections.unmodifiableList(attempts));
                }
                if (status == 429) {
                    wait = 1000L * response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                }
            } catch (IOException noAnswer) {
                attempts.add(new Attempt(System.nanoTime(), -1));
                if (System.nanoTime() > giveUpAt) {
                    return new Outcome(write, -1, null, Collections.unmodifiableList(attempts));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(write, -1, null, Collections.unmodifiableList(attempts));
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(write, -1, null, Collections.unmodifiableList(attempts));
            }
        }
    }

    static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode read(String text) {
        try {
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    /** A GET or POST without retries, for the drill's own setup steps; no token: no Authorization. */
    static HttpResponse<String> call(String method, String url, String token, Object body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token).header("Accept", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if ("POST".equals(method)) {
            request.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : json(body)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + url + " interrupted");
        }
    }

    static JsonNode body(HttpResponse<String> response) {
        return read(response.body());
    }

    static Map<String, Object> money(String amountCny) {
        return Map.of("amount", amountCny, "currency", "CNY");
    }
}
