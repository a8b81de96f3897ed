package io.zhaoshang.leads.leadimport;

import io.zhaoshang.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The jobs and row results of imports, each write a short transaction of its own. */
@ApplicationScoped
public class ImportStore {

    /**
     * A new RUNNING job, or the caller's earlier job under the same Idempotency-Key. Two posts with
     * one key wait for each other on an advisory lock, so only one job is ever opened per key.
     */
    @Transactional
    public Opened open(String zone, String subject, String idempotencyKey, String sha256, int totalRows) {
        if (idempotencyKey != null) {
            LeadImport.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1 || '/' || ?2))")
                    .setParameter(1, subject).setParameter(2, idempotencyKey).getSingleResult();
            Optional<LeadImport> first = LeadImport.find("createdBy = ?1 and idempotencyKey = ?2", subject,
                    idempotencyKey).firstResultOptional();
            if (first.isPresent()) {
                if (!first.get().fileSha256.equals(sha256)) {
                    throw ProblemException.unprocessable("idempotency-key-reused");
                }
                return new Opened(first.get(), true);
            }
        }
        LeadImport job = new LeadImport();
        job.zone = zone;
        job.idempotencyKey = idempotencyKey;
        job.fileSha256 = sha256;
        job.totalRows = totalRows;
        job.changedBy(subject);
        job.persistAndFlush();
        return new Opened(job, false);
    }

    /** Stores a batch of row results and counts them on the job. */
    @Transactional
    public void save(UUID importId, List<ImportRow> rows) {
        LeadImport job = LeadImport.findById(importId);
        for (ImportRow row : rows) {
            row.importId = importId;
            row.persist();
            job.count(row.outcome);
        }
    }

    @Transactional
    public LeadImport finish(UUID importId) {
        LeadImport job = LeadImport.findById(importId);
        job.status = ImportStatus.COMPLETED;
        job.finishedAt = Instant.now();
        return job;
    }

    /** A page of row results after {@code afterRow}, in row order; read in a transaction of its own (also while streaming). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ImportRow> rows(UUID importId, Optional<RowOutcome> outcome, int afterRow, int limit) {
        String query = "importId = ?1 and rowNumber > ?2" + (outcome.isPresent() ? " and outcome = ?3" : "")
                + " order by rowNumber";
        Object[] parameters = outcome.isPresent() ? new Object[] {importId, afterRow, outcome.get()}
                : new Object[] {importId, afterRow};
        return ImportRow.<ImportRow>find(query, parameters).page(0, limit).list();
    }

    public record Opened(LeadImport job, boolean replayed) {
    }
}
