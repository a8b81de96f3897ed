package io.zhaoshang.leads.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.zhaoshang.leads.export.LeadCsvColumns.LeadCompany;
import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.leads.lead.LeadSelection;
import io.zhaoshang.leads.timer.ServiceTimers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * Writes the leads of a selection as CSV while reading them: a forward-only database cursor fetches
 * {@value #BATCH} rows at a time, each batch is written and then dropped from the session, so a
 * zone's whole history streams in the memory of one batch.
 */
@ApplicationScoped
public class LeadCsvExport {

    public static final String TEXT_CSV = "text/csv";

    static final int BATCH = 500;

    /** RFC 4180: comma, CRLF, fields with a comma, quote or line break quoted, quotes doubled. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(LeadCsvColumns.HEADER.toArray(String[]::new))
            .get();

    private final Clock clock;

    LeadCsvExport(Clock clock) {
        this.clock = clock;
    }

    /**
     * The CSV of the selection, written when the response body is: in a read-only transaction of its
     * own, since the request's work is done by then. Timers are judged at one instant for the whole file.
     */
    public StreamingOutput of(LeadSelection selection, ServiceTimers timers) {
        return out -> {
            Instant now = clock.instant();
            QuarkusTransaction.requiringNew().run(() -> write(selection, timers, now, out));
        };
    }

    private static void write(LeadSelection selection, ServiceTimers timers, Instant now, OutputStream out) {
        Session session = Lead.getEntityManager().unwrap(Session.class);
        session.setDefaultReadOnly(true);
        SelectionQuery<Lead> query = session.createSelectionQuery("from Lead where " + selection.where()
                + " order by id", Lead.class);
        selection.parameters().map().forEach(query::setParameter);
        query.setFetchSize(BATCH);
        try (ScrollableResults<Lead> rows = query.scroll(ScrollMode.FORWARD_ONLY);
                CSVPrinter printer = printer(out)) {
            List<Lead> batch = new ArrayList<>(BATCH);
            while (rows.next()) {
                batch.add(rows.get());
                if (batch.size() == BATCH) {
                    print(session, batch, timers, now, printer);
                }
            }
            print(session, batch, timers, now, printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(Session session, List<Lead> batch, ServiceTimers timers, Instant now,
            CSVPrinter printer) throws IOException {
        Map<UUID, LeadCompany> companies = companies(session, batch);
        for (Lead lead : batch) {
            printer.printRecord(LeadCsvColumns.cells(lead, companies.getOrDefault(lead.companyId, LeadCompany.UNKNOWN),
                    lead.isTimed() ? timers.overdue(lead.timerFacts(), now) : List.of()));
        }
        printer.flush();
        batch.clear();
        session.clear();
    }

    /** The companies of a batch of leads, in one query. */
    private static Map<UUID, LeadCompany> companies(Session session, List<Lead> batch) {
        Map<UUID, LeadCompany> companies = new HashMap<>();
        if (batch.isEmpty()) {
            return companies;
        }
        session.createSelectionQuery("select id, name, uscc from Company where id in :ids", Object[].class)
                .setParameter("ids", batch.stream().map(lead -> lead.companyId).distinct().toList())
                .getResultList()
                .forEach(row -> companies.put((UUID) row[0], new LeadCompany((String) row[1], (String) row[2])));
        return companies;
    }

    /**
     * UTF-8 with a byte order mark first: Excel, what most people here open a CSV with, reads a file
     * without one in the system's code page (GBK on a Chinese Windows) and garbles every Chinese name.
     */
    private static CSVPrinter printer(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        return new CSVPrinter(writer, FORMAT);
    }
}
