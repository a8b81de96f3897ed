package io.zhaoshang.local.bench;

import io.zhaoshang.local.LocalKeys;
import io.zhaoshang.local.Tokens;
import io.zhaoshang.local.bench.ClosedLoop.Call;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of {@code POST /api/v1/leads} (validation, the collision check over the zone's leads
 * and projects, the outbox) on the running local stack (./run-local). Every request reports a lead
 * of a company of its own, so every answer must be 201: a fresh zone gets a stock of companies
 * first (through the API, not timed), the rounds take them one by one. Each round runs for a fixed
 * time with N client threads and prints requests per second and latency percentiles, beside the
 * same figures for {@code /q/health/live} of the same service, so the result reads as a ratio of
 * what this machine can serve at all. The zone administration reports, so the leads go to the
 * public pool and the zone needs no team. The leads stay in the zone afterwards (a bench zone
 * BENCH-xxxxxxxx of its own).
 *
 * <pre>deploy/local/bench-lead-report [--seconds=20] [--threads=1,4,32] [--companies=20000]
 *     [--base=http://localhost:8082] [--data-dir=.local-data]</pre>
 */
public final class LeadReportBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;
    private final ConcurrentLinkedQueue<String> companies = new ConcurrentLinkedQueue<>();

    private LeadReportBenchmark(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(option(args, "seconds", "20"));
        int[] threads = Arrays.stream(option(args, "threads", "1,4,32").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int stock = Integer.parseInt(option(args, "companies", "20000"));
        String base = option(args, "base", "http://localhost:8082");
        Path keys = Path.of(option(args, "data-dir", ".local-data")).resolve("keys");
        String zone = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Tokens tokens = new Tokens(LocalKeys.loadOrCreate(keys), Duration.ofHours(2));
        LeadReportBenchmark bench = new LeadReportBenchmark(base, tokens.issue("bench", zone, null, "zone-admin"));

        long start = System.nanoTime();
        bench.createCompanies(stock, 8);
        System.out.printf("zone %s: %d companies created in %.1f s%n", zone, stock, (System.nanoTime() - start) / 1e9);
        bench.round("warm-up POST /api/v1/leads", bench::reportNext, 2, Math.max(5, seconds / 4));
        for (int n : threads) {
            Result live = bench.round("GET /q/health/live", () -> bench.get("/q/health/live"), n, seconds);
            Result report = bench.round("POST /api/v1/leads", bench::reportNext, n, seconds);
            System.out.printf("threads %d: POST /api/v1/leads %.0f req/s = %.3f of the live probe's %.0f req/s%n", n,
                    report.perSecond(), report.perSecond() / live.perSecond(), live.perSecond());
        }
        System.out.printf("%d companies left unused%n", bench.companies.size());
    }

    /** Registers {@code count} companies with valid, random USCCs from {@code n} threads. */
    private void createCompanies(int count, int n) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Matcher id = ID.matcher(post("/api/v1/companies", """
                            {"name": "基准测试企业%06d有限公司", "uscc": "%s"}""".formatted(i, newUscc())).body());
                    if (!id.find()) {
                        throw new IllegalStateException("no id in the answer to company " + i);
                    }
                    companies.add(id.group(1));
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }

    /** Reports a lead of the next unused company; the status of the answer. */
    private int reportNext() throws IOException, InterruptedException {
        String company = companies.poll();
        if (company == null) {
            throw new IllegalStateException("the companies ran out: give more with --companies=");
        }
        return post("/api/v1/leads", """
                {"companyId": "%s", "title": "新建智能装备生产基地项目", "industryCode": "SEI-04.01",
                 "chainRole": "BUILD_CHAIN", "sourceChannel": "SELF_DEVELOPED",
                 "intendedInvestment": {"amount": "300000000", "currency": "CNY"}, "landMu": 80.5}"""
                .formatted(company)).statusCode();
    }

    private int get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    /**
     * A random valid USCC of Jining (GB 32100-2015: weights 3^(i-1) mod 31, check (31 - sum mod 31) mod
     * 31); written out here because deploy/local does not depend on the platform's Uscc.
     */
    private static String newUscc() {
        StringBuilder code = new StringBuilder("91370800");
        for (int i = 0; i < 9; i++) {
            code.append(USCC_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(USCC_ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0, weight = 1; i < 17; i++, weight = weight * 3 % 31) {
            sum += USCC_ALPHABET.indexOf(code.charAt(i)) * weight;
        }
        return code.append(USCC_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    private Result round(String label, Call call, int n, int seconds) throws Exception {
        return ClosedLoop.round(label, call, n, seconds);
    }

    private static String option(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith("--" + name + "="))
                .map(arg -> arg.substring(name.length() + 3)).findFirst().orElse(fallback);
    }
}
