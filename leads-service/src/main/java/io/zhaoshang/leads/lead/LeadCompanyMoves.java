package io.zhaoshang.leads.lead;

import io.zhaoshang.leads.company.CompanyMerged;
import io.zhaoshang.leads.company.CompanyMergeUndone;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;

/**
 * The leads follow their company through a merge (合并重复企业): they move to the company that stays,
 * in the merge's transaction, and back when the merge is undone. Follow-ups hang on leads, so they
 * follow too.
 */
@ApplicationScoped
class LeadCompanyMoves {

    private final Caller caller;

    LeadCompanyMoves(Caller caller) {
        this.caller = caller;
    }

    /**
     * Moves the merged company's leads to the survivor, remembering them under the merge. Both
     * companies having an active lead is a duplicate lead, which a merge must not hide (one active
     * lead per company): 409 {@code company-merge-active-leads}, and the merge does not happen,
     * until one of the two leads is closed (INVALID) or the administration settles them.
     */
    void onMerged(@Observes CompanyMerged merged) {
        List<Lead> moving = Lead.list("companyId = ?1 order by id", merged.companyId());
        Lead.<Lead>find("companyId = ?1 and status in ?2", merged.intoCompanyId(), LeadStatus.ACTIVE)
                .firstResultOptional()
                .ifPresent(survivors -> moving.stream().filter(lead -> lead.status.isActive()).findFirst()
                        .ifPresent(mergeds -> {
                            throw ProblemException.conflict("company-merge-active-leads", mergeds.code, survivors.code)
                                    .with("leadIds", List.of(mergeds.id, survivors.id));
                        }));
        for (Lead lead : moving) {
            lead.companyId = merged.intoCompanyId();
            lead.changedBy(caller.subject());
            Lead.getEntityManager().createNativeQuery("insert into lead_company_move (merge_id, lead_id) values (?1, ?2)")
                    .setParameter(1, merged.mergeId()).setParameter(2, lead.id).executeUpdate();
        }
        Lead.flush();
    }

    /** Moves back the leads the merge moved. */
    void onMergeUndone(@Observes CompanyMergeUndone undone) {
        @SuppressWarnings("unchecked")
        List<UUID> moved = Lead.getEntityManager()
                .createNativeQuery("select lead_id from lead_company_move where merge_id = ?1", UUID.class)
                .setParameter(1, undone.mergeId()).getResultList();
        for (Lead lead : Lead.<Lead>list("id in ?1", moved)) {
            lead.companyId = undone.companyId();
            lead.changedBy(caller.subject());
        }
        Lead.flush();
    }
}
