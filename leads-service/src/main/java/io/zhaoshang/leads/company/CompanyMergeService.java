package io.zhaoshang.leads.company;

import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Merges a duplicate company record into the one that stays, and undoes such a merge within the
 * undo window. Both companies are locked, in id order, for the transaction: two merges between
 * the same companies, in either direction, run one after the other and never deadlock.
 */
@ApplicationScoped
public class CompanyMergeService {

    private final Outbox outbox;
    private final Caller caller;
    private final Duration undoWindow;
    private final Event<CompanyMerged> merged;
    private final Event<CompanyMergeUndone> undone;

    CompanyMergeService(Outbox outbox, Caller caller,
            @ConfigProperty(name = "zhaoshang.companies.merge-undo-window") Duration undoWindow,
            Event<CompanyMerged> merged, Event<CompanyMergeUndone> undone) {
        this.outbox = outbox;
        this.caller = caller;
        this.undoWindow = undoWindow;
        this.merged = merged;
        this.undone = undone;
    }

    /**
     * Merges the company into another ACTIVE company of the zone: it becomes MERGED and its name and
     * aliases become aliases of the survivor. Announced by zhaoshang.company.merged.v1 and, when the
     * survivor gained aliases, zhaoshang.company.changed.v1 of the survivor.
     */
    @Transactional
    public CompanyMerge merge(UUID id, String ifMatch, MergeRequest request) {
        String zone = caller.zone();
        UUID intoId = request.intoCompanyId();
        Map<UUID, Company> locked = lockInZone(zone, id, intoId);
        Company company = locked.get(id);
        if (company == null) {
            throw ProblemException.notFound("company", id);
        }
        ETags.requireMatch(ifMatch, company.version);
        company.requireActive();
        if (intoId.equals(id)) {
            throw ProblemException.unprocessable("company-merge-into-itself", id)
                    .withError("intoCompanyId", "company-merge-into-itself");
        }
        Company into = locked.get(intoId);
        if (into == null) { // another zone's company does not exist for the caller
            throw ProblemException.unprocessable("unknown-company", intoId)
                    .withError("intoCompanyId", "unknown-company", intoId);
        }
        if (into.status == CompanyStatus.MERGED) {
            throw ProblemException.unprocessable("company-merge-into-merged", intoId, into.mergedInto)
                    .withError("intoCompanyId", "company-merge-into-merged", intoId, into.mergedInto)
                    .with("mergedInto", into.mergedInto);
        }

        String subject = caller.subject();
        List<String> moved = into.takeNamesOf(company);
        company.mergeInto(into.id);
        company.changedBy(subject);
        if (!moved.isEmpty()) {
            into.changedBy(subject);
        }
        CompanyMerge merge = CompanyMerge.of(company, into, moved, Instant.now(), undoWindow);
        merge.changedBy(subject);
        merge.persist();
        CompanyMerge.flush(); // the events carry the new versions
        outbox.append(CompanyEvents.AGGREGATE, company.id, CompanyEvents.MERGED,
                CompanyEvents.MergedData.of(merge, company, into));
        if (!moved.isEmpty()) {
            outbox.append(CompanyEvents.AGGREGATE, into.id, CompanyEvents.CHANGED, CompanyEvents.CompanyData.of(into));
        }
        merged.fire(new CompanyMerged(merge.id, zone, company.id, into.id));
        return merge;
    }

    /**
     * Undoes a merge within the undo window: the company is ACTIVE again and the survivor loses the
     * aliases the merge brought. Announced by zhaoshang.company.merge-undone.v1 and, when the
     * survivor lost aliases, zhaoshang.company.changed.v1 of the survivor.
     */
    @Transactional
    public CompanyMerge undo(UUID companyId, UUID mergeId) {
        String zone = caller.zone();
        CompanyMerge merge = getMerge(companyId, mergeId);
        Map<UUID, Company> locked = lockInZone(zone, merge.companyId, merge.intoCompanyId);
        CompanyMerge.getEntityManager().refresh(merge, LockModeType.PESSIMISTIC_WRITE); // a concurrent undo ran first?
        Company company = locked.get(merge.companyId);
        Company into = locked.get(merge.intoCompanyId);
        merge.requireUndoable(Instant.now(), into);

        String subject = caller.subject();
        List<String> removed = into.dropAliases(merge.movedAliases);
        company.restore();
        company.changedBy(subject);
        if (!removed.isEmpty()) {
            into.changedBy(subject);
        }
        merge.undone(Instant.now());
        merge.changedBy(subject);
        CompanyMerge.flush();
        outbox.append(CompanyEvents.AGGREGATE, company.id, CompanyEvents.MERGE_UNDONE,
                CompanyEvents.MergeUndoneData.of(merge, company, into, removed));
        if (!removed.isEmpty()) {
            outbox.append(CompanyEvents.AGGREGATE, into.id, CompanyEvents.CHANGED, CompanyEvents.CompanyData.of(into));
        }
        undone.fire(new CompanyMergeUndone(merge.id, zone, company.id, into.id));
        return merge;
    }

    /** A merge of the company; 404 when the zone has no such merge of that company. */
    public CompanyMerge getMerge(UUID companyId, UUID mergeId) {
        return CompanyMerge.findOf(caller.zone(), companyId, mergeId)
                .orElseThrow(() -> ProblemException.notFound("company-merge", mergeId));
    }

    /** The companies of the zone with these ids, each locked for this transaction, in id order. */
    private static Map<UUID, Company> lockInZone(String zone, UUID... ids) {
        return Stream.of(ids).distinct().sorted()
                .map(id -> Company.<Company>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElse(null))
                .filter(company -> company != null && company.zone.equals(zone))
                .collect(Collectors.toMap(company -> company.id, Function.identity()));
    }
}
