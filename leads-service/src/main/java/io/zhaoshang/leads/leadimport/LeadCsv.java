package io.zhaoshang.leads.leadimport;

import io.zhaoshang.leads.lead.ChainRole;
import io.zhaoshang.leads.lead.LeadRequest;
import io.zhaoshang.leads.lead.SourceChannel;
import io.zhaoshang.platform.value.Money;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV form of a lead, for import and export: its columns (stable names, the same both ways)
 * and the reading of one line into a {@link LeadRequest}. Plain Java.
 *
 * <p>A record is one line: a quoted field may hold commas and doubled quotes, but no line break.
 * That is what lets a line with an unclosed quote be rejected alone (a parser over the whole stream
 * would read every following line into the open field); titles and source details need no line
 * breaks.
 */
public final class LeadCsv {

    public static final String COMPANY = "company";
    /** The columns of an import, in the order of the template; an import may give them in any order. */
    public static final List<String> COLUMNS = List.of(COMPANY, "title", "industryCode", "chainRole",
            "sourceChannel", "sourceDetail", "intendedInvestmentCny", "landMu", "expectedJobs", "expectedOutputCny",
            "expectedTaxCny", "targetParkId");

    /** RFC 4180 as Excel writes it. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private static final char BOM = '\uFEFF';

    private LeadCsv() {
    }

    /** Reads UTF-8 strictly: a byte sequence that is not UTF-8 (GBK, say) is an error, never a replacement character. */
    public static BufferedReader utf8Reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
    }

    /**
     * The position of each column in the header line (a leading byte order mark, as Excel's "CSV
     * UTF-8" writes, is skipped), or {@link RowRejected} {@code import-header-invalid} when it does
     * not name exactly the columns of {@link #COLUMNS}.
     */
    public static Map<String, Integer> header(String line) {
        if (line == null) {
            throw new RowRejected("import-header-invalid", null, "the file is empty");
        }
        String text = !line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line;
        List<String> names;
        try {
            names = fields(text).stream().map(String::strip).toList();
        } catch (RowRejected malformed) {
            throw new RowRejected("import-header-invalid", null, malformed.getMessage());
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            positions.put(names.get(i), i);
        }
        if (names.size() != COLUMNS.size() || !positions.keySet().containsAll(COLUMNS)) {
            throw new RowRejected("import-header-invalid", null, String.join(",", names));
        }
        return positions;
    }

    /** The fields of one line; {@link RowRejected} {@code csv-malformed-row} for an unclosed quote and the like. */
    public static List<String> fields(String line) {
        try (CSVParser parser = CSVParser.parse(line, FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of("") : records.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw new RowRejected("csv-malformed-row", null, malformed.getMessage());
        }
    }

    /**
     * The lead a line states. {@code company} is the company's id or its USCC, which
     * {@code companyOf} turns into an id (rejecting an unknown one). Values are only converted
     * here; their rules are the request's (Bean Validation) and the service's.
     */
    public static LeadRequest request(Map<String, Integer> header, String line, Function<String, UUID> companyOf) {
        List<String> fields = fields(line);
        if (fields.size() != header.size()) {
            throw new RowRejected("csv-column-count", null,
                    "%d fields where the header has %d".formatted(fields.size(), header.size()));
        }
        Function<String, String> value = column -> {
            String text = fields.get(header.get(column)).strip();
            return text.isEmpty() ? null : text;
        };
        String company = value.apply(COMPANY);
        if (company == null) {
            throw new RowRejected("validation-failed", COMPANY, "must not be blank");
        }
        return new LeadRequest(
                companyOf.apply(company),
                value.apply("title"),
                value.apply("industryCode"),
                enumValue(ChainRole.class, "chainRole", value.apply("chainRole")),
                enumValue(SourceChannel.class, "sourceChannel", value.apply("sourceChannel")),
                value.apply("sourceDetail"),
                cny("intendedInvestmentCny", value.apply("intendedInvestmentCny")),
                decimal("landMu", value.apply("landMu")),
                integer("expectedJobs", value.apply("expectedJobs")),
                cny("expectedOutputCny", value.apply("expectedOutputCny")),
                cny("expectedTaxCny", value.apply("expectedTaxCny")),
                uuid("targetParkId", value.apply("targetParkId")));
    }

    /**
     * A CSV writer for a download: UTF-8 with a byte order mark first, because Excel — what most
     * people here open a CSV with — reads a file without one in the system's code page (GBK on a
     * Chinese Windows) and garbles every Chinese name; parsers such as commons-csv skip it.
     */
    public static CSVPrinter printer(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(BOM);
        return new CSVPrinter(writer, FORMAT);
    }

    /** The id a {@code company} cell names directly, if it is one (else it is a USCC). */
    public static UUID companyIdOrNull(String cell) {
        try {
            return cell.length() == 36 ? UUID.fromString(cell) : null;
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** The CSV column of a request property, for the reason of a rejected row. */
    static String column(String property) {
        return switch (property) {
            case "companyId" -> COMPANY;
            case "intendedInvestment", "expectedOutput", "expectedTax" -> property + "Cny";
            default -> property;
        };
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException unknown) {
            throw new RowRejected("invalid-enum-value", column, "'%s' is not one of %s"
                    .formatted(text, Arrays.toString(type.getEnumConstants())));
        }
    }

    private static Money cny(String column, String text) {
        BigDecimal amount = decimal(column, text);
        return amount == null ? null : Money.cny(amount);
    }

    private static BigDecimal decimal(String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new RowRejected("invalid-csv-value", column, "'%s' is not a number".formatted(text));
        }
    }

    private static Integer integer(String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            throw new RowRejected("invalid-csv-value", column, "'%s' is not a whole number".formatted(text));
        }
    }

    private static UUID uuid(String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw new RowRejected("invalid-csv-value", column, "'%s' is not an id".formatted(text));
        }
    }
}
