package io.zhaoshang.local.bench;

import static io.zhaoshang.local.bench.ScoringIngestBenchmark.option;

import io.zhaoshang.local.LocalKeys;
import io.zhaoshang.local.Tokens;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

/**
 * Reads the CSV export ({@code GET /api/v1/leads}, {@code Accept: text/csv}) of every lead of a zone
 * on the running local stack, as the zone administration, and checks it has one line per lead of
 * the zone (the leads database says how many). The harness samples leads-service's memory while
 * it runs (issue 9: exports stream, so memory stays flat with 10× the data). The body is counted
 * as it arrives, never held.
 *
 * <pre>bench LeadExportBenchmark --zone=BENCH-… [--base=http://localhost:8082] [--pg-port=15432]
 *     [--data-dir=.local-data]</pre>
 */
public final class LeadExportBenchmark {

    public static void main(String[] args) throws Exception {
        String zone = option(args, "zone", null);
        if (zone == null) {
            throw new IllegalArgumentException("--zone= names the zone whose leads are exported");
        }
        String base = option(args, "base", "http://localhost:8082");
        String jdbc = "jdbc:postgresql://localhost:" + option(args, "pg-port", "15432") + "/leads";
        Path keys = Path.of(option(args, "data-dir", ".local-data")).resolve("keys");
        String token = new Tokens(LocalKeys.loadOrCreate(keys), Duration.ofHours(2))
                .issue("bench", zone, null, "zone-admin");

        long leads;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres");
                PreparedStatement count = db.prepareStatement("select count(*) from lead where zone = ?")) {
            count.setString(1, zone);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                leads = result.getLong(1);
            }
        }

        long started = System.nanoTime();
        HttpResponse<InputStream> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(HttpRequest.newBuilder(URI.create(base + "/api/v1/leads"))
                        .header("Authorization", "Bearer " + token).header("Accept", "text/csv")
                        .timeout(Duration.ofMinutes(30)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the export answered " + answer.statusCode());
        }
        long bytes = 0;
        long lines = 0;
        try (InputStream body = answer.body()) {
            byte[] buffer = new byte[65536];
            for (int read; (read = body.read(buffer)) > 0; bytes += read) {
                for (int i = 0; i < read; i++) {
                    // the benchmark's leads have no line break inside a cell: a line is a record
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (lines != leads + 1) {
            throw new IllegalStateException("the export had " + lines + " lines for " + leads + " leads and a header");
        }
        System.out.printf("export of zone %s: %,d leads, %.1f MiB in %.1f s = %,.0f rows/s%n", zone, leads,
                bytes / 1048576.0, seconds, leads / seconds);
    }
}
