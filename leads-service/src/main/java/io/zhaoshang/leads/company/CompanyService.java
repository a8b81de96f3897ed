package io.zhaoshang.leads.company;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.value.Uscc;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Registers and changes the companies of the caller's zone. A USCC is registered once per zone;
 * the database's unique key backs the check made here against a concurrent registration.
 */
@ApplicationScoped
public class CompanyService {

    private final Outbox outbox;
    private final Caller caller;

    CompanyService(Outbox outbox, Caller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public Company register(CompanyRequest request) {
        Company company = new Company();
        company.zone = caller.zone();
        requireUsccFree(company, request);
        company.apply(request);
        company.changedBy(caller.subject());
        company.persistAndFlush();
        outbox.append(CompanyEvents.AGGREGATE, company.id, CompanyEvents.REGISTERED,
                CompanyEvents.CompanyData.of(company));
        return company;
    }

    /** Changes the company; a change that alters nothing keeps the version and publishes nothing. */
    @Transactional
    public Company change(UUID id, String ifMatch, CompanyRequest request) {
        Company company = get(id);
        ETags.requireMatch(ifMatch, company.version);
        requireUsccFree(company, request);
        CompanyEvents.CompanyData before = CompanyEvents.CompanyData.of(company);
        company.apply(request);
        company.changedBy(caller.subject());
        company.flush(); // the event carries the new version
        CompanyEvents.CompanyData after = CompanyEvents.CompanyData.of(company);
        if (!after.equals(before)) {
            outbox.append(CompanyEvents.AGGREGATE, company.id, CompanyEvents.CHANGED, after);
        }
        return company;
    }

    public Company get(UUID id) {
        return Company.findInZone(caller.zone(), id).orElseThrow(() -> ProblemException.notFound("company", id));
    }

    /** The zone's companies in id order (which is registration order), optionally filtered. */
    public Page<Company> list(PageRequest page, CompanyFilter filter) {
        UUID after = page.cursor().map(Cursor::id).orElse(new UUID(0, 0));
        StringBuilder query = new StringBuilder("zone = :zone and id > :after");
        Parameters parameters = Parameters.with("zone", caller.zone()).and("after", after);
        filter.uscc().ifPresent(uscc -> {
            query.append(" and uscc = :uscc");
            parameters.and("uscc", uscc);
        });
        filter.tag().ifPresent(tag -> {
            // a list typed like the attribute binds as its text[]; a lone enum would bind as a number
            query.append(" and array_includes(tags, :tags)");
            parameters.and("tags", List.of(tag));
        });
        List<Company> rows = Company.<Company>find(query.append(" order by id").toString(), parameters)
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, company -> Cursor.of("", company.id));
    }

    /**
     * 409 {@code company-uscc-taken} when another company of the zone has the requested USCC. Runs
     * before the company takes the request: the query would otherwise flush the change first.
     */
    private static void requireUsccFree(Company company, CompanyRequest request) {
        String uscc = Uscc.normalize(request.uscc());
        if (uscc == null) {
            return;
        }
        Company.findByUscc(company.zone, uscc)
                .filter(existing -> !existing.id.equals(company.id))
                .ifPresent(existing -> {
                    throw ProblemException.conflict("company-uscc-taken", uscc, existing.id)
                            .with("existingCompanyId", existing.id);
                });
    }
}
