package io.zhaoshang.leads.leadimport;

import io.zhaoshang.leads.lead.LeadAccess;
import io.zhaoshang.leads.parks.IndustryCatalogService;
import io.zhaoshang.leads.teams.TeamDirectory;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Imports leads from a CSV file, synchronously in the request: the file is spooled and checked
 * whole first (a wrong file creates nothing), then its rows are streamed in chunks of
 * {@value #CHUNK}, each imported with its row results in one transaction ({@link ChunkImporter}):
 * the rules of POST /leads, the caller's team.
 */
@ApplicationScoped
public class LeadImportService {

    public static final int MAX_ROWS = 50_000;
    /** Rows imported in one transaction. */
    static final int CHUNK = 500;

    private static final Logger LOG = Logger.getLogger(LeadImportService.class);

    private final Caller caller;
    private final LeadAccess access;
    private final IndustryCatalogService industries;
    private final TeamDirectory teams;
    private final ImportStore store;
    private final ChunkImporter chunks;
    private final long maxBytes;

    LeadImportService(Caller caller, LeadAccess access, IndustryCatalogService industries, TeamDirectory teams,
            ImportStore store, ChunkImporter chunks,
            @ConfigProperty(name = "zhaoshang.leads.import.max-body-bytes") long maxBytes) {
        this.caller = caller;
        this.access = access;
        this.industries = industries;
        this.teams = teams;
        this.store = store;
        this.chunks = chunks;
        this.maxBytes = maxBytes;
    }

    /** Imports the file, or answers the caller's earlier job under the same Idempotency-Key. */
    public ImportStore.Opened importCsv(InputStream body, String idempotencyKey, Locale locale) {
        String zone = caller.zone();
        try (ImportFile file = ImportFile.spool(body, maxBytes)) {
            long rows = file.check(MAX_ROWS);
            // what would refuse every row is refused once, before a job exists
            industries.require();
            if (access.isTeamWorker()) {
                teams.requireKnown(zone, access.callersTeam());
            }
            ImportStore.Opened opened = store.open(zone, caller.subject(), idempotencyKey, file.sha256(), (int) rows);
            if (opened.replayed()) {
                return opened;
            }
            long started = System.nanoTime();
            LeadImport job = run(opened.job().id, file, zone, locale);
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.infof("lead import %s: %d rows in %.1f s (%.0f rows/s): %d created, %d collisions, %d rejected",
                    job.id, job.totalRows, seconds, job.totalRows / seconds, job.createdRows, job.collisionRows,
                    job.rejectedRows);
            return new ImportStore.Opened(job, false);
        }
    }

    /** The job if the caller may see it: its importer and the zone's administration; else 404. */
    public LeadImport get(UUID id) {
        return LeadImport.<LeadImport>findByIdOptional(id)
                .filter(job -> job.zone.equals(caller.zone()))
                .filter(job -> job.createdBy.equals(caller.subject()) || caller.hasRole(Roles.ZONE_ADMIN))
                .orElseThrow(() -> ProblemException.notFound("lead-import", id));
    }

    private LeadImport run(UUID importId, ImportFile file, String zone, Locale locale) {
        try (BufferedReader reader = file.reader()) {
            Map<String, Integer> header = ImportFile.headerOf(reader);
            List<ChunkImporter.Line> chunk = new ArrayList<>(CHUNK);
            int number = 1;
            for (String text; (text = reader.readLine()) != null; ) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                chunk.add(new ChunkImporter.Line(number, text));
                if (chunk.size() == CHUNK) {
                    importChunk(importId, header, chunk, zone, locale);
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            importChunk(importId, header, chunk, zone, locale);
            return store.finish(importId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A chunk whose transaction fails (a deadlock with another import locking the same companies in
     * another order, say) is imported again a row at a time, so that only a failing row fails.
     */
    private void importChunk(UUID importId, Map<String, Integer> header, List<ChunkImporter.Line> chunk, String zone,
            Locale locale) {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            chunks.importChunk(importId, header, chunk, zone, locale);
        } catch (RuntimeException failed) {
            if (chunk.size() == 1) {
                throw failed;
            }
            LOG.warnf(failed, "lead import %s: the chunk of lines %d to %d failed; importing its rows one by one",
                    importId, chunk.get(0).number(), chunk.get(chunk.size() - 1).number());
            for (ChunkImporter.Line line : chunk) {
                chunks.importChunk(importId, header, List.of(line), zone, locale);
            }
        }
    }
}
