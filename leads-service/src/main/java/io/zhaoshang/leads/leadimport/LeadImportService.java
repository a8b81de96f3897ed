package io.zhaoshang.leads.leadimport;

import io.zhaoshang.leads.collision.Collision;
import io.zhaoshang.leads.collision.CollisionService;
import io.zhaoshang.leads.company.Company;
import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.leads.lead.LeadAccess;
import io.zhaoshang.leads.lead.LeadCollisionException;
import io.zhaoshang.leads.lead.LeadRequest;
import io.zhaoshang.leads.lead.LeadService;
import io.zhaoshang.leads.parks.IndustryCatalogService;
import io.zhaoshang.leads.teams.TeamDirectory;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.problem.ProblemTexts;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Imports leads from a CSV file, synchronously in the request: the file is spooled and checked
 * whole first (a wrong file creates nothing), then each row is reported through
 * {@link LeadService#report} — the rules of POST /leads, the caller's team, a transaction per row
 * as a POST would be — and the row results are stored in batches.
 */
@ApplicationScoped
public class LeadImportService {

    public static final int MAX_ROWS = 50_000;
    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(LeadImportService.class);
    /** The column a service problem is about. */
    private static final Map<String, String> PROBLEM_COLUMNS = Map.of("unknown-company", LeadCsv.COMPANY,
            "company-merged", LeadCsv.COMPANY, "unknown-industry", "industryCode", "unknown-park", "targetParkId",
            "park-not-open", "targetParkId");

    private final Caller caller;
    private final LeadAccess access;
    private final LeadService leads;
    private final CollisionService collisions;
    private final IndustryCatalogService industries;
    private final TeamDirectory teams;
    private final ImportStore store;
    private final Validator validator;
    private final long maxBytes;

    LeadImportService(Caller caller, LeadAccess access, LeadService leads, CollisionService collisions,
            IndustryCatalogService industries, TeamDirectory teams, ImportStore store, Validator validator,
            @ConfigProperty(name = "zhaoshang.leads.import.max-body-bytes") long maxBytes) {
        this.caller = caller;
        this.access = access;
        this.leads = leads;
        this.collisions = collisions;
        this.industries = industries;
        this.teams = teams;
        this.store = store;
        this.validator = validator;
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
            List<ImportRow> batch = new ArrayList<>(BATCH);
            int line = 1;
            for (String text; (text = reader.readLine()) != null; ) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                batch.add(importRow(header, line, text, zone, locale));
                if (batch.size() == BATCH) {
                    store.save(importId, batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            store.save(importId, batch);
            return store.finish(importId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportRow importRow(Map<String, Integer> header, int line, String text, String zone, Locale locale) {
        LeadRequest request;
        try {
            request = LeadCsv.request(header, text, company -> companyId(zone, company));
        } catch (RowRejected rejected) {
            return ImportRow.rejected(line, rejected.code(), rejected.column(), rejected.getMessage());
        }
        Optional<ConstraintViolation<LeadRequest>> violation = validator.validate(request).stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()));
        if (violation.isPresent()) {
            String property = violation.get().getPropertyPath().iterator().next().getName();
            return ImportRow.rejected(line, "validation-failed", LeadCsv.column(property),
                    violation.get().getMessage());
        }
        try {
            Lead lead = leads.report(request);
            ImportRow row = ImportRow.of(line, RowOutcome.CREATED);
            row.leadId = lead.id;
            return row;
        } catch (LeadCollisionException collision) {
            // as POST /leads: the report rolled back, the collision is recorded on its own
            Collision recorded = collision.existing() != null ? collisions.record(collision.existing(), request)
                    : collisions.record(collision.existingProject(), request);
            ImportRow row = ImportRow.of(line, RowOutcome.COLLISION);
            row.leadId = recorded.leadId;
            row.projectId = recorded.projectId;
            row.collisionId = recorded.id;
            row.ownerTeam = recorded.ownerTeam;
            return row;
        } catch (ProblemException problem) {
            return ImportRow.rejected(line, problem.code(), PROBLEM_COLUMNS.get(problem.code()),
                    ProblemTexts.text(problem.code() + ".detail", locale, problem.args()).orElse(problem.code()));
        }
    }

    /** The company a cell names: its id, or its USCC in the zone; {@code unknown-company} otherwise. */
    private static UUID companyId(String zone, String cell) {
        UUID id = LeadCsv.companyIdOrNull(cell);
        if (id != null) {
            return id;
        }
        return Company.<Company>find("zone = ?1 and uscc = ?2", zone, cell).firstResultOptional()
                .map(company -> company.id)
                .orElseThrow(() -> new RowRejected("unknown-company", LeadCsv.COMPANY,
                        "no company with the USCC or id '%s' in the zone".formatted(cell)));
    }
}
