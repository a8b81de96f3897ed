package io.zhaoshang.local.bench;

import io.zhaoshang.local.LocalKeys;
import io.zhaoshang.local.Tokens;
import io.zhaoshang.local.bench.ClosedLoop.Result;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of {@code GET /api/v1/parks/{id}/tree} on the running local stack (./run-local) for a
 * zone of three levels (1 new district, 10 parks under it, 5 sub-parks under each) holding 1,000
 * parcels and 120 carriers, all created through the API in a fresh zone. Each round runs for a
 * fixed time with N client threads and prints requests per second and latency percentiles, beside
 * the same figures for {@code /q/health/live}, the cheapest authenticated-free answer of the same
 * service, so the result reads as a ratio of what this machine can serve at all.
 *
 * <pre>deploy/local/bench-park-tree [--seconds=20] [--threads=1,4] [--base=http://localhost:8081]</pre>
 */
public final class ParkTreeBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final int PARKS = 10;
    private static final int SUB_PARKS = 5;
    private static final int PARCELS = 1000;
    private static final int CARRIERS = 120;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    private ParkTreeBenchmark(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(option(args, "seconds", "20"));
        int[] threads = Arrays.stream(option(args, "threads", "1,4").split(",")).mapToInt(Integer::parseInt).toArray();
        String base = option(args, "base", "http://localhost:8081");
        Path keys = Path.of(option(args, "data-dir", ".local-data")).resolve("keys");
        String zone = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Tokens tokens = new Tokens(LocalKeys.loadOrCreate(keys), Duration.ofHours(2));
        ParkTreeBenchmark bench = new ParkTreeBenchmark(base, tokens.issue("bench", zone, null, "zone-admin"));

        long start = System.nanoTime();
        String root = bench.buildZone(zone);
        System.out.printf("zone %s: %d parks on 3 levels, %d parcels, %d carriers created in %.1f s%n", zone,
                1 + PARKS + PARKS * SUB_PARKS, PARCELS, CARRIERS, (System.nanoTime() - start) / 1e9);
        String treePath = "/api/v1/parks/" + root + "/tree";
        bench.round("warm-up tree", treePath, 2, Math.max(5, seconds / 4));
        for (int n : threads) {
            Result live = bench.round("GET /q/health/live", "/q/health/live", n, seconds);
            Result tree = bench.round("GET " + treePath, treePath, n, seconds);
            System.out.printf("threads %d: tree %.0f req/s = %.3f of the live probe's %.0f req/s%n", n,
                    tree.perSecond(), tree.perSecond() / live.perSecond(), live.perSecond());
        }
    }

    /** Creates the zone's tree, parcels and carriers; returns the root park's id. */
    private String buildZone(String zone) throws IOException, InterruptedException {
        post("/api/v1/zones", """
                {"code": "%s", "name": "基准测试开发区", "city": "济宁市", "level": "NATIONAL"}""".formatted(zone));
        String root = park("ROOT", null, "NEW_DISTRICT");
        List<String> leaves = new ArrayList<>(List.of(root));
        for (int p = 1; p <= PARKS; p++) {
            String park = park("P" + p, root, "SUBDISTRICT_PARK");
            leaves.add(park);
            for (int s = 1; s <= SUB_PARKS; s++) {
                leaves.add(park("P" + p + "-S" + s, park, "SPECIALIZED_PARK"));
            }
        }
        for (int i = 0; i < PARCELS; i++) {
            post("/api/v1/parcels", """
                    {"code": "D%04d", "parkId": "%s", "areaMu": %d.5, "landUse": "INDUSTRIAL", "status": "AVAILABLE"}"""
                    .formatted(i, leaves.get(i % leaves.size()), 10 + i % 90));
        }
        for (int i = 0; i < CARRIERS; i++) {
            post("/api/v1/carriers", """
                    {"code": "Z%03d", "name": "标准厂房 %d", "parkId": "%s", "kind": "STANDARD_FACTORY", "floorAreaSqm": 5000}"""
                    .formatted(i, i, leaves.get(i % leaves.size())));
        }
        return root;
    }

    private String park(String code, String parent, String kind) throws IOException, InterruptedException {
        String body = """
                {"code": "%s", "name": "园区 %s", "kind": "%s", %s"status": "ACTIVE", "areaMu": 1000,
                 "leadingIndustries": ["SEI-04.01"]}""".formatted(code, code, kind,
                parent == null ? "" : "\"parentId\": \"" + parent + "\", ");
        Matcher id = ID.matcher(post("/api/v1/parks", body));
        if (!id.find()) {
            throw new IllegalStateException("no id in the answer to park " + code);
        }
        return id.group(1);
    }

    private String post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Sends GET path from n threads for the given time; every answer must be a success. */
    private Result round(String label, String path, int n, int seconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build();
        return ClosedLoop.round(label, () -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), n, seconds);
    }

    private static String option(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith("--" + name + "="))
                .map(arg -> arg.substring(name.length() + 3)).findFirst().orElse(fallback);
    }
}
