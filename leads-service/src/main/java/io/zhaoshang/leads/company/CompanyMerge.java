package io.zhaoshang.leads.company;

import io.zhaoshang.platform.persistence.Aggregate;
import io.zhaoshang.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The merge of a duplicate company record into the one that stays: what moved, so that it can be
 * undone within the undo window, and who merged and undid it. Created by, updated by: the person
 * who merged and the one who undid.
 */
@Entity
@Table(name = "company_merge")
public class CompanyMerge extends Aggregate {

    @Column(nullable = false, updatable = false)
    public String zone;

    @Column(name = "company_id", nullable = false, updatable = false)
    public UUID companyId;

    @Column(name = "into_company_id", nullable = false, updatable = false)
    public UUID intoCompanyId;

    /** The aliases the survivor gained (the merged company's name and aliases it did not have). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "moved_aliases", nullable = false, updatable = false)
    public List<String> movedAliases = new ArrayList<>();

    @Column(name = "undoable_until", nullable = false, updatable = false)
    public Instant undoableUntil;

    @Column(name = "undone_at")
    public Instant undoneAt;

    static CompanyMerge of(Company company, Company into, List<String> movedAliases, Instant now, Duration undoWindow) {
        CompanyMerge merge = new CompanyMerge();
        merge.zone = company.zone;
        merge.companyId = company.id;
        merge.intoCompanyId = into.id;
        merge.movedAliases = new ArrayList<>(movedAliases);
        merge.undoableUntil = now.plus(undoWindow);
        return merge;
    }

    /**
     * 409 unless the merge can still be undone at {@code now}: {@code company-merge-undone} when it
     * was, {@code company-merge-undo-expired} after the window, {@code company-merge-undo-blocked}
     * while the survivor is itself merged into another (undo that merge first).
     */
    void requireUndoable(Instant now, Company into) {
        if (undoneAt != null) {
            throw ProblemException.conflict("company-merge-undone", id, undoneAt);
        }
        if (!now.isBefore(undoableUntil)) {
            throw ProblemException.conflict("company-merge-undo-expired", id, undoableUntil)
                    .with("undoableUntil", undoableUntil);
        }
        if (into.status == CompanyStatus.MERGED) {
            throw ProblemException.conflict("company-merge-undo-blocked", into.id, into.mergedInto)
                    .with("mergedInto", into.mergedInto);
        }
    }

    void undone(Instant now) {
        undoneAt = now;
    }

    /** The merge of the company with this id, if it is of the zone and of that company. */
    static Optional<CompanyMerge> findOf(String zone, UUID companyId, UUID mergeId) {
        return CompanyMerge.<CompanyMerge>findByIdOptional(mergeId)
                .filter(merge -> merge.zone.equals(zone) && merge.companyId.equals(companyId));
    }
}
