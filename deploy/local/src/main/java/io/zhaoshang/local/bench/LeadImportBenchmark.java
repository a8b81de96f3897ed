package io.zhaoshang.local.bench;

import io.zhaoshang.local.LocalKeys;
import io.zhaoshang.local.Tokens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rate of {@code POST /api/v1/lead-imports} on the running local stack (./run-local) for a file of
 * N rows (50,000), every row a new lead of its own company, beside the rate of a PostgreSQL
 * {@code COPY} of the same rows (the leads the import created, every column) into a table shaped
 * like {@code lead} with its indexes, in the same database and the same run: what the database
 * alone can take in, so the figure reads as a ratio. The companies are written straight into the
 * leads database (registering 50,000 over the API would be a benchmark of its own); the import
 * runs as the zone administration, so its leads go to the public pool.
 *
 * <pre>deploy/local/bench-lead-import [--rows=50000] [--base=http://localhost:8082] [--pg-port=15432]
 *     [--data-dir=.local-data]</pre>
 */
public final class LeadImportBenchmark {

    private static final Pattern CREATED = Pattern.compile("\"created\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(option(args, "rows", "50000"));
        String base = option(args, "base", "http://localhost:8082");
        String jdbc = "jdbc:postgresql://localhost:" + option(args, "pg-port", "15432") + "/leads";
        Path keys = Path.of(option(args, "data-dir", ".local-data")).resolve("keys");
        String zone = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String token = new Tokens(LocalKeys.loadOrCreate(keys), Duration.ofHours(2))
                .issue("bench", zone, null, "zone-admin");

        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            long started = System.nanoTime();
            List<String> companies = companies(db, zone, rows);
            byte[] csv = csv(companies);
            System.out.printf("zone %s: %,d companies written, a file of %,d rows (%.1f MiB) made in %.1f s%n", zone,
                    rows, rows, csv.length / 1048576.0, (System.nanoTime() - started) / 1e9);

            started = System.nanoTime();
            HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(base + "/api/v1/lead-imports"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "text/csv")
                            .timeout(Duration.ofMinutes(30))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(),
                            HttpResponse.BodyHandlers.ofString());
            double importSeconds = (System.nanoTime() - started) / 1e9;
            Matcher created = CREATED.matcher(answer.body());
            if (answer.statusCode() != 201 || !created.find() || Integer.parseInt(created.group(1)) != rows) {
                throw new IllegalStateException("the import answered " + answer.statusCode() + ": " + answer.body());
            }
            double importRate = rows / importSeconds;
            System.out.printf("import: %,d rows in %.1f s = %,.0f rows/s%n", rows, importSeconds, importRate);

            double copySeconds = copySeconds(db, zone);
            double copyRate = rows / copySeconds;
            System.out.printf("COPY of the same rows into a table like lead: %.2f s = %,.0f rows/s%n", copySeconds,
                    copyRate);
            System.out.printf("import / COPY = %.3f%n", importRate / copyRate);
        }
    }

    /** Writes the zone's companies (foreign ones, without USCC) and answers their ids in order. */
    private static List<String> companies(Connection db, String zone, int count) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into company (id, zone, name, country, registration_number, tags, industry_codes,
                    version, created_at, created_by, updated_at, updated_by)
                select gen_random_uuid(), ?, '基准企业' || n, 'DE', 'HRB-' || lpad(n::text, 6, '0'), '{}', '{}',
                    0, now(), 'bench', now(), 'bench' from generate_series(1, ?) n""")) {
            insert.setString(1, zone);
            insert.setInt(2, count);
            insert.executeUpdate();
        }
        List<String> ids = new ArrayList<>(count);
        try (PreparedStatement select = db.prepareStatement(
                "select id::text from company where zone = ? order by registration_number")) {
            select.setString(1, zone);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
        }
        return ids;
    }

    /** The file: every row a full lead of its own company. */
    private static byte[] csv(List<String> companies) {
        StringBuilder csv = new StringBuilder("company,title,industryCode,chainRole,sourceChannel,sourceDetail,"
                + "intendedInvestmentCny,landMu,expectedJobs,expectedOutputCny,expectedTaxCny,targetParkId\r\n");
        for (int i = 0; i < companies.size(); i++) {
            csv.append(companies.get(i)).append(",基准导入项目 ").append(i)
                    .append(",SEI-04.01,FILL_CHAIN,EXPO_EVENT,\"济宁推介会, 2026\",120000000,50,80,300000000,20000000,\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Copies the zone's leads out (not timed) and times their {@code COPY} into a new table like
     * {@code lead} with its indexes, committed; the table is dropped after.
     */
    private static double copySeconds(Connection db, String zone) throws Exception {
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        copy.copyOut("copy (select * from lead where zone = '" + zone.replace("'", "''") + "') to stdout", rows);
        String table = "bench_lead_copy_" + zone.substring(6).toLowerCase(Locale.ROOT);
        try (Statement statement = db.createStatement()) {
            statement.execute("create table " + table + " (like lead including all)");
            try {
                db.setAutoCommit(false);
                long started = System.nanoTime();
                copy.copyIn("copy " + table + " from stdin", new ByteArrayInputStream(rows.toByteArray()));
                db.commit();
                return (System.nanoTime() - started) / 1e9;
            } finally {
                db.setAutoCommit(true);
                statement.execute("drop table " + table);
            }
        }
    }

    private static String option(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith("--" + name + "="))
                .map(arg -> arg.substring(name.length() + 3)).findFirst().orElse(fallback);
    }
}
