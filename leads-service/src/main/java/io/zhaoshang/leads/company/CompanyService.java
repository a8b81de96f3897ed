package io.zhaoshang.leads.company;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.leads.parks.IndustryCatalogService;
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
 * Registers, changes, reads and searches the companies of the caller's zone. A USCC is registered
 * once per zone; the database's unique key backs the check made here against a concurrent
 * registration. Industry codes must be in the industry catalog leads has from parks-service.
 */
@ApplicationScoped
public class CompanyService {

    /** A merged company found through its survivors: more hops than this mean a broken chain. */
    private static final int MAX_MERGE_HOPS = 50;

    private final Outbox outbox;
    private final Caller caller;
    private final IndustryCatalogService industries;

    CompanyService(Outbox outbox, Caller caller, IndustryCatalogService industries) {
        this.outbox = outbox;
        this.caller = caller;
        this.industries = industries;
    }

    @Transactional
    public Company register(CompanyRequest request) {
        Company company = new Company();
        company.zone = caller.zone();
        requireUsccFree(company, request);
        requireKnownIndustries(request);
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
        company.requireActive();
        requireUsccFree(company, request);
        requireKnownIndustries(request);
        CompanyEvents.CompanyData before = CompanyEvents.CompanyData.of(company);
        List<Contact> contactsBefore = List.copyOf(company.contacts);
        company.apply(request);
        if (CompanyEvents.CompanyData.of(company).equals(before) && company.contacts.equals(contactsBefore)) {
            return company; // nothing changed: no new version, no event
        }
        company.changedBy(caller.subject());
        company.flush(); // the event carries the new version
        outbox.append(CompanyEvents.AGGREGATE, company.id, CompanyEvents.CHANGED, CompanyEvents.CompanyData.of(company));
        return company;
    }

    /** The company, merged or not; 404 when the zone has none with this id. */
    public Company get(UUID id) {
        return Company.findInZone(caller.zone(), id).orElseThrow(() -> ProblemException.notFound("company", id));
    }

    /** The company a merged one now lives on in: its survivor, or the survivor's survivor. */
    public Company survivorOf(Company merged) {
        Company company = merged;
        for (int hop = 0; company.status == CompanyStatus.MERGED && hop < MAX_MERGE_HOPS; hop++) {
            company = get(company.mergedInto);
        }
        return company;
    }

    /** The zone's companies in id order (which is registration order), filtered. */
    public Page<Company> list(PageRequest page, CompanyFilter filter) {
        UUID after = page.cursor().map(Cursor::id).orElse(new UUID(0, 0));
        StringBuilder query = new StringBuilder("zone = :zone and id > :after and status = :status");
        Parameters parameters = Parameters.with("zone", caller.zone()).and("after", after)
                .and("status", filter.status());
        filter.uscc().ifPresent(uscc -> {
            query.append(" and uscc = :uscc");
            parameters.and("uscc", uscc);
        });
        filter.tag().ifPresent(tag -> {
            // a list typed like the attribute binds as its text[]; a lone enum would bind as a number
            query.append(" and array_includes(tags, :tags)");
            parameters.and("tags", List.of(tag));
        });
        filter.industries().ifPresent(codes -> {
            // an array, not a list: a list of several would be expanded into a tuple
            query.append(" and array_intersects(industryCodes, :industries)");
            parameters.and("industries", codes.toArray(String[]::new));
        });
        filter.nameKey().ifPresent(key -> {
            // contains, on the trigram indexes of company_name_key; the key holds letters and digits only
            query.append(" and id in (select c.id from Company c join c.nameKeys k where k.normalised like :key"
                    + " or k.pinyin like :key or k.initials like :key)");
            parameters.and("key", "%" + key + "%");
        });
        List<Company> rows = Company.<Company>find(query.append(" order by id").toString(), parameters)
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, company -> Cursor.of("", company.id));
    }

    /** The filter of a list, with the catalog at hand for an industry filter. */
    CompanyFilter filter(String uscc, String tag, String industry, String q, String status) {
        return CompanyFilter.of(uscc, tag, industry, q, status, industries::require);
    }

    /** 422 {@code unknown-industry} for a code not in the catalog; 503 while leads has no catalog yet. */
    private void requireKnownIndustries(CompanyRequest request) {
        if (request.industryCodes() != null && !request.industryCodes().isEmpty()) {
            industries.require().requireKnown("industryCodes", request.industryCodes().stream().map(String::strip).toList());
        }
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
