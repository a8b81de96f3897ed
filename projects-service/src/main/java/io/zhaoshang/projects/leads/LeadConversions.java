package io.zhaoshang.projects.leads;

import io.zhaoshang.platform.event.IncomingEvent;
import io.zhaoshang.platform.event.PoisonEventException;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.value.Money;
import io.zhaoshang.projects.project.ChainRole;
import io.zhaoshang.projects.project.ProjectRequest;
import io.zhaoshang.projects.project.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A converted lead (线索转化) becomes a NEGOTIATING project of the converting team, through the same
 * service and rules as a project created over the API, exactly once per lead: the inbox passes over a
 * redelivery, {@link ProjectService#createFromLead} a second conversion, and the unique lead id of the
 * project a race between the two.
 */
@ApplicationScoped
public class LeadConversions {

    static final String CONVERTED = "zhaoshang.lead.converted.v1";
    /** Projects acts as itself on what leads announced, like parks does on projects' requests. */
    static final String SUBJECT = "projects-service";

    private static final Logger LOG = Logger.getLogger(LeadConversions.class);

    private final Caller caller;
    private final ProjectService projects;

    LeadConversions(Caller caller, ProjectService projects) {
        this.caller = caller;
        this.projects = projects;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void take(IncomingEvent event) {
        Conversion lead = event.dataAs(Conversion.class);
        if (lead.leadId() == null || lead.zone() == null || lead.ownerTeam() == null) {
            throw new PoisonEventException(CONVERTED + " " + event.id() + " lacks leadId, zone or ownerTeam", null);
        }
        caller.actAs(SUBJECT, lead.zone());
        try {
            projects.createFromLead(lead.leadId(), lead.asProject()).ifPresentOrElse(
                    project -> LOG.infof("lead %s became project %s (%s)", lead.leadId(), project.code, project.id),
                    () -> LOG.infof("lead %s already has its project: %s %s passed over", lead.leadId(), CONVERTED,
                            event.id()));
        } catch (ProblemException refused) {
            // a conversion the rules refuse (unknown team, closed park ...) is not made good by retrying:
            // it goes to the dead letters, to be replayed once leads or the read models are put right;
            // a 5xx (the industry catalog not yet received) is retried and only then dead-lettered
            if (refused.status() >= 500) {
                throw refused;
            }
            throw new PoisonEventException(CONVERTED + " " + event.id() + " of lead " + lead.leadId()
                    + " is refused: " + refused.code() + " " + refused.members(), refused);
        }
    }

    /** What projects reads of a converted lead (contract: docs/events/zhaoshang.lead.converted.v1.schema.json). */
    record Conversion(UUID leadId, String zone, String code, String companyName, String companyUscc,
            String companyCountry, String title, String industryCode, ChainRole chainRole, Money intendedInvestment,
            BigDecimal landMu, Integer expectedJobs, Money expectedOutput, Money expectedTax, UUID targetParkId,
            String ownerTeam, Map<String, Integer> teamShares) {

        /**
         * The project as the converting team would state it: the lead's title names it, a foreign
         * company (one with a country) makes it foreign investment, and a lead without an intended
         * investment starts at 0 CNY (REGULAR) until the negotiation puts a figure on it.
         */
        ProjectRequest asProject() {
            Money total = intendedInvestment != null ? intendedInvestment : Money.cny(BigDecimal.ZERO);
            return new ProjectRequest(title, companyName, companyUscc, industryCode, chainRole, targetParkId, null,
                    ownerTeam, teamShares, total, null, companyCountry != null, landMu, null, expectedOutput,
                    expectedTax, expectedJobs, null, null, null, null);
        }
    }
}
