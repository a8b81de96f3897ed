package io.zhaoshang.leads.leadimport;

import io.zhaoshang.leads.collision.Collision;
import io.zhaoshang.leads.collision.CollisionService;
import io.zhaoshang.leads.company.Company;
import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.leads.lead.LeadCollisionException;
import io.zhaoshang.leads.lead.LeadRequest;
import io.zhaoshang.leads.lead.LeadService;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.problem.ProblemTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Imports a chunk of rows in one transaction, each row reported by the rules of POST /leads
 * ({@link LeadService#reportInBatch}), and stores their results with them. A transaction and a dozen
 * queries per row made an import crawl, then two collision queries and a flush per row still did:
 * now no query runs per row (the collisions are looked up for the chunk, {@link ChunkCollisions}),
 * and the leads, their events and the row results are written in JDBC batches. A refused row
 * writes nothing, so the rows of a chunk need no savepoints between them.
 */
@ApplicationScoped
public class ChunkImporter {

    /** The column a service problem is about. */
    private static final Map<String, String> PROBLEM_COLUMNS = Map.of("unknown-company", LeadCsv.COMPANY,
            "company-merged", LeadCsv.COMPANY, "unknown-industry", "industryCode", "unknown-park", "targetParkId",
            "park-not-open", "targetParkId");

    private final LeadService leads;
    private final CollisionService collisions;
    private final ImportStore store;
    private final Validator validator;

    ChunkImporter(LeadService leads, CollisionService collisions, ImportStore store, Validator validator) {
        this.leads = leads;
        this.collisions = collisions;
        this.store = store;
        this.validator = validator;
    }

    /** One line of the file: its number (the header is line 1) and its text. */
    record Line(int number, String text) {
    }

    /**
     * Reads the rows, then reports those that are leads in file order, so that a row collides with
     * an earlier row of its company. What each report would look up again is looked up once for the
     * chunk: the caller's team and pool rules, the industry catalog, the companies (locked at once),
     * the lead codes and the active leads and projects the companies could collide with.
     */
    @Transactional
    public void importChunk(UUID importId, Map<String, Integer> header, List<Line> lines, String zone, Locale locale) {
        // the chunk's leads and row results each in one JDBC batch rather than in ten of the
        // service's 50 (this session only: it ends with the chunk's transaction)
        Lead.getEntityManager().unwrap(Session.class).setJdbcBatchSize(LeadImportService.CHUNK);
        LeadService.Reporter reporter = leads.reporter(zone);
        Map<String, UUID> companiesByUscc = companiesByUscc(zone, header, lines);
        ImportRow[] results = new ImportRow[lines.size()];
        LeadRequest[] requests = new LeadRequest[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            try {
                requests[i] = request(header, lines.get(i), companiesByUscc);
            } catch (RowRejected rejected) {
                results[i] = ImportRow.rejected(lines.get(i).number(), rejected.code(), rejected.column(),
                        rejected.getMessage());
            }
        }
        List<UUID> companyIds = Arrays.stream(requests).filter(Objects::nonNull).map(LeadRequest::companyId)
                .distinct().toList();
        Map<UUID, Company> companies = companyIds.isEmpty() ? Map.of() : LeadService.lockCompanies(zone, companyIds);
        Iterator<Long> codeNumbers = LeadService.nextCodeNumbers(
                (int) Arrays.stream(requests).filter(Objects::nonNull).count()).iterator();
        ChunkCollisions candidates = ChunkCollisions.of(zone, companies.values());
        List<Lead> created = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (requests[i] != null) {
                results[i] = report(reporter, companies, candidates, created, lines.get(i).number(), requests[i],
                        codeNumbers.next(), locale);
            }
        }
        leads.announceRegistered(created);
        store.save(importId, List.of(results));
    }

    /** The lead a row states, validated as the request of POST /leads is; {@link RowRejected} otherwise. */
    private LeadRequest request(Map<String, Integer> header, Line line, Map<String, UUID> companiesByUscc) {
        LeadRequest request = LeadCsv.request(header, line.text(), cell -> companyId(cell, companiesByUscc));
        Optional<ConstraintViolation<LeadRequest>> violation = validator.validate(request).stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()));
        if (violation.isPresent()) {
            String property = violation.get().getPropertyPath().iterator().next().getName();
            throw new RowRejected("validation-failed", LeadCsv.column(property), violation.get().getMessage());
        }
        return request;
    }

    private ImportRow report(LeadService.Reporter reporter, Map<UUID, Company> companies, ChunkCollisions candidates,
            List<Lead> created, int number, LeadRequest request, long codeNumber, Locale locale) {
        try {
            Company company = companies.get(request.companyId());
            if (company == null) {
                throw LeadService.unknownCompany(request.companyId());
            }
            Lead lead = leads.reportInBatch(reporter, company, request, codeNumber, candidates);
            candidates.registered(lead, company);
            created.add(lead);
            ImportRow row = ImportRow.of(number, RowOutcome.CREATED);
            row.leadId = lead.id;
            return row;
        } catch (LeadCollisionException collision) {
            // recorded as POST /leads records it
            Collision recorded = collision.existing() != null ? collisions.record(collision.existing(), request)
                    : collisions.record(collision.existingProject(), request);
            ImportRow row = ImportRow.of(number, RowOutcome.COLLISION);
            row.leadId = recorded.leadId;
            row.projectId = recorded.projectId;
            row.collisionId = recorded.id;
            row.ownerTeam = recorded.ownerTeam;
            return row;
        } catch (ProblemException problem) {
            return ImportRow.rejected(number, problem.code(), PROBLEM_COLUMNS.get(problem.code()),
                    ProblemTexts.text(problem.code() + ".detail", locale, problem.args()).orElse(problem.code()));
        }
    }

    /** The ids of the companies the chunk names by USCC, found in one query. */
    private static Map<String, UUID> companiesByUscc(String zone, Map<String, Integer> header, List<Line> lines) {
        List<String> usccs = new ArrayList<>();
        for (Line line : lines) {
            try {
                List<String> fields = LeadCsv.fields(line.text());
                if (fields.size() == header.size()) {
                    String cell = fields.get(header.get(LeadCsv.COMPANY)).strip();
                    if (!cell.isEmpty() && LeadCsv.companyIdOrNull(cell) == null) {
                        usccs.add(cell);
                    }
                }
            } catch (RowRejected malformed) {
                // rejected when the row is read
            }
        }
        if (usccs.isEmpty()) {
            return Map.of();
        }
        return Company.<Company>find("zone = ?1 and uscc in ?2", zone, usccs).stream()
                .collect(Collectors.toMap(company -> company.uscc, company -> company.id));
    }

    /** The company a cell names: its id, or its USCC in the zone; {@code unknown-company} otherwise. */
    private static UUID companyId(String cell, Map<String, UUID> companiesByUscc) {
        UUID id = LeadCsv.companyIdOrNull(cell);
        if (id != null) {
            return id;
        }
        UUID byUscc = companiesByUscc.get(cell);
        if (byUscc == null) {
            throw new RowRejected("unknown-company", LeadCsv.COMPANY,
                    "no company with the USCC or id '%s' in the zone".formatted(cell));
        }
        return byUscc;
    }
}
