package io.zhaoshang.leads.leadimport;

import io.zhaoshang.platform.problem.ProblemException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * An uploaded CSV file, spooled to a temporary file as it streams in (constant memory), with its
 * SHA-256 (what makes a re-post "the same file" for Idempotency-Key). It is checked whole —
 * UTF-8, header, row count — before any row is imported, so a wrong file creates nothing.
 */
public final class ImportFile implements AutoCloseable {

    private final Path path;
    private final String sha256;

    private ImportFile(Path path, String sha256) {
        this.path = path;
        this.sha256 = sha256;
    }

    /** Copies the body to a temporary file; 413 {@code payload-too-large} past {@code maxBytes}. */
    public static ImportFile spool(InputStream body, long maxBytes) {
        Path path = null;
        try {
            path = Files.createTempFile("lead-import-", ".csv");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(body, digest); OutputStream out = Files.newOutputStream(path)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buffer)) != -1; ) {
                    total += n;
                    if (total > maxBytes) {
                        throw new ProblemException(413, "payload-too-large", maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new ImportFile(path, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            delete(path);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot spool the import file", e);
        }
    }

    /**
     * Checks the whole file before anything is imported and answers the number of rows (non-blank
     * lines after the header): 415 {@code import-not-utf8} (the content is not of the media type
     * taken: CSV in UTF-8), 422 {@code import-header-invalid} (well-formed CSV, but not the columns
     * of an import; with the expected columns), 413 {@code import-too-many-rows} (too large a file,
     * in rows rather than bytes).
     */
    public long check(int maxRows) {
        try (BufferedReader reader = reader()) {
            headerOf(reader);
            long rows = 0;
            for (String text; (text = reader.readLine()) != null; ) {
                if (!text.isBlank() && ++rows > maxRows) {
                    throw new ProblemException(413, "import-too-many-rows", maxRows).with("maxRows", maxRows);
                }
            }
            return rows;
        } catch (CharacterCodingException notUtf8) {
            // no line number: the reader decodes ahead of the line it hands out
            throw new ProblemException(415, "import-not-utf8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as strict UTF-8 lines. */
    public BufferedReader reader() throws IOException {
        return LeadCsv.utf8Reader(Files.newInputStream(path));
    }

    /** Reads the header line; 422 {@code import-header-invalid} naming the expected columns. */
    public static Map<String, Integer> headerOf(BufferedReader reader) throws IOException {
        try {
            return LeadCsv.header(reader.readLine());
        } catch (RowRejected wrong) {
            throw ProblemException.unprocessable("import-header-invalid", String.join(",", LeadCsv.COLUMNS))
                    .with("expectedColumns", LeadCsv.COLUMNS)
                    .with("columns", wrong.getMessage());
        }
    }

    public String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        delete(path);
    }

    private static void delete(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a temporary file the system cleans up
            }
        }
    }
}
