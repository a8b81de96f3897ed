package io.zhaoshang.e2e.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.zhaoshang.e2e.RunningStack;
import io.zhaoshang.local.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Grafana dashboard and the alert rules point at metrics that exist: every metric name their PromQL
 * uses is served by every service's {@code /q/metrics}, exactly as written (a {@code _bucket} is only there
 * when the histogram has buckets, a {@code _total} only for a counter), so a renamed meter fails here
 * rather than leaving an empty panel or an alert that can never fire.
 */
@ExtendWith(RunningStack.class)
@Order(4)
class DashboardMetricsTest {

    private static final Path MONITORING = Path.of("deploy/kubernetes/components/monitoring");
    /** Series Prometheus makes itself for each scrape target, not the service. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped");
    /** Appears on the first consumed event; the zone this test registers is consumed by these services. */
    private static final String CONSUMED = "zhaoshang_events_consumed_total";
    private static final List<String> CONSUMERS_OF_ZONES = List.of("leads", "projects", "scoring");

    private static final Pattern SELECTOR = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan");

    @Test
    void every_metric_of_the_dashboard_and_the_alerts_is_served_by_every_service() throws Exception {
        Set<String> referenced = new TreeSet<>();
        referenced.addAll(dashboardMetrics());
        referenced.addAll(alertMetrics());
        referenced.removeAll(PROMETHEUS_OWN);
        assertThat(referenced).as("the metrics the dashboard and the alerts use").contains(
                "http_server_requests_seconds_bucket", "http_server_requests_seconds_count",
                "zhaoshang_outbox_backlog", "zhaoshang_outbox_oldest_age_seconds",
                "kafka_consumer_fetch_manager_records_lag", "kafka_consumer_fetch_manager_records_lag_max", "zhaoshang_events_dead_lettered_total", CONSUMED);

        registerAZone(); // traffic: an HTTP request, an event published and consumed
        for (String service : LocalStack.SERVICES) {
            requestWithoutToken(service); // an HTTP request (a 401) for the request metrics of every service
            Set<String> expected = new TreeSet<>(referenced);
            if (!CONSUMERS_OF_ZONES.contains(service)) {
                expected.remove(CONSUMED);
            }
            awaitServed(service, expected);
        }
    }

    /** The metric names in the PromQL of the dashboard's panels and the names its variables query. */
    private static Set<String> dashboardMetrics() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(RunningStack.repo().resolve(MONITORING.resolve("dashboards/zhaoshang.json")).toFile());
        Set<String> names = new TreeSet<>();
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panels::add);
        for (JsonNode panel : panels) {
            panel.path("panels").forEach(panels::add); // a collapsed row keeps its panels inside
        }
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                names.addAll(metricNames(target.path("expr").asText()));
            }
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            Matcher labelValues = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)")
                    .matcher(variable.path("definition").asText());
            if (labelValues.find()) {
                names.add(labelValues.group(1));
            }
        }
        assertThat(names).as("metrics of the dashboard").isNotEmpty();
        return names;
    }

    private static Set<String> alertMetrics() throws IOException {
        JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(RunningStack.repo().resolve(MONITORING.resolve("prometheusrule.yaml")).toFile());
        Set<String> names = new TreeSet<>();
        for (JsonNode group : rules.path("spec").path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                names.addAll(metricNames(rule.path("expr").asText()));
            }
        }
        assertThat(names).as("metrics of the alert rules").isNotEmpty();
        return names;
    }

    /** The metric names of a PromQL expression: what is left once selectors, ranges, groupings and functions are gone. */
    static Set<String> metricNames(String promql) {
        String rest = QUOTED.matcher(promql).replaceAll(" ");
        rest = SELECTOR.matcher(rest).replaceAll(" ");
        rest = RANGE.matcher(rest).replaceAll(" ");
        rest = GROUPING.matcher(rest).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(rest);
        while (identifier.find()) {
            String name = identifier.group();
            boolean function = rest.substring(identifier.end()).stripLeading().startsWith("(");
            boolean number = identifier.start() > 0 && Character.isDigit(rest.charAt(identifier.start() - 1));
            if (!function && !number && !KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    private static void registerAZone() throws IOException, InterruptedException {
        String zone = "OM-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String token = RunningStack.stack().tokens().issue("zone-admin-of-" + zone, zone, null, "zone-admin");
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningStack.stack().baseUrl("parks") + "/api/v1/zones"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"code": "%s", "name": "指标测试开发区", "city": "济宁市", "level": "NATIONAL"}""".formatted(zone)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static void requestWithoutToken(String service) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningStack.stack().baseUrl(service) + "/api/v1/teams")).build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
                .isBetween(400, 499);
    }

    /** Waits (the consumers take the zone's event in their own time) until the service serves every name. */
    private static void awaitServed(String service, Set<String> expected) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(served(service));
            if (missing.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(service + " serves none of " + missing + " at /q/metrics");
            }
            Thread.sleep(500);
        }
    }

    /** The names of the samples in the Prometheus text exposition, as written (with their suffixes). */
    private static Set<String> served(String service) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningStack.stack().baseUrl(service) + "/q/metrics"))
                .header("Accept", "text/plain; version=0.0.4").build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Set<String> names = new TreeSet<>();
        response.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> {
                    Matcher name = IDENTIFIER.matcher(line);
                    if (name.lookingAt()) {
                        names.add(name.group());
                    }
                });
        return names;
    }
}
